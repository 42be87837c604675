using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>Community activity I_k from its members' scores (DESIGN §4).</summary>
public static class CommunityActivity
{
    public static CommunitySnapshot Compute(
        string community,
        DateTimeOffset now,
        IReadOnlyCollection<MemberScore> scores,
        IReadOnlyCollection<double> recommendationValues,
        DateTimeOffset? firstEventAt,
        int eventsInWindow,
        CommunitySettings settings)
    {
        var active = scores.Where(s => s.Active).ToList();
        var meanU = active.Count == 0 ? 0 : active.Average(s => s.Engagement);
        var meanRec = recommendationValues.Count == 0 ? 0 : recommendationValues.Average();
        var days = firstEventAt is { } first ? (now - first).TotalDays : 0;
        var time = ScoreFormulas.TimeFactor(days, settings.Scoring.TimeReferenceDays);
        var activity = ScoreFormulas.CommunityActivity(meanU, meanRec, time, settings.Weights);
        return new CommunitySnapshot(community, now, activity, meanU, meanRec, time, scores.Count, active.Count, eventsInWindow);
    }
}
