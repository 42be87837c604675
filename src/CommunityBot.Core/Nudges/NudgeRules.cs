using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Nudges;

public enum NudgeReason
{
    /// <summary>No own activity for the community's set number of days.</summary>
    Inactive,
    /// <summary>Engagement fell by the community's set share from the highest seen.</summary>
    Dropped,
}

/// <summary>Who gets a nudge now, and what the job remembers for next time.</summary>
public static class NudgeRules
{
    public const int MinimumGapDays = 14;

    /// <summary>Below this peak a "drop" is noise (a member who barely took part).</summary>
    public const double MinimumPeak = 0.05;

    /// <summary>
    /// The reason to nudge the member now, or null. One nudge per absence: after an inactivity nudge the member must
    /// be active again before the next; after a drop nudge the peak starts again from the current engagement.
    /// </summary>
    public static NudgeReason? Due(NudgeRecord record, MemberScore score, LiveSettings live, DateTimeOffset now)
    {
        if (!record.OptedIn || record.RefusedAt is not null)
        {
            return null;
        }
        if (record.LastNudgedAt is { } last && now - last < TimeSpan.FromDays(MinimumGapDays))
        {
            return null;
        }
        var sinceActive = now - score.LastActive;
        if (score.LastActive > DateTimeOffset.MinValue && sinceActive >= TimeSpan.FromDays(live.NudgeInactiveDays))
        {
            return record.LastNudgedAt is { } nudged && nudged > score.LastActive ? null : NudgeReason.Inactive;
        }
        var peak = Math.Max(record.PeakEngagement, score.Engagement);
        return peak >= MinimumPeak && score.Engagement <= peak * (1 - live.NudgeDropPercent / 100.0) ? NudgeReason.Dropped : null;
    }
}
