using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Clicks;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Nudges;

/// <summary>
/// The nudge job's work in one community: every member who opted in, is visible and is due by
/// <see cref="NudgeRules"/> gets one private note. A refusal by the platform is remembered (never retried until the
/// member opts in again); another failure leaves the member as they were, for the next run.
/// </summary>
public sealed partial class NudgeService(
    INudgeStore nudges,
    LatestScores scores,
    IActivityStore events,
    ISettingsStore settings,
    IPrivacyStore privacy,
    ScoreFreshness freshness,
    RecommendationService recommendations,
    ClickLinks links,
    ChatPlatforms platforms,
    IIngestQueue ingest,
    TimeProvider clock,
    ILogger<NudgeService> logger)
{
    /// <summary>How far back "what you missed" looks at most, and for a member whose engagement dropped.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(14);

    public async Task<NudgeRun> RunAsync(string community, CancellationToken ct)
    {
        var opted = await nudges.OptedInAsync(community, ct);
        if (opted.Count == 0)
        {
            return new NudgeRun(0, 0, 0, "nobody opted in");
        }
        if (await events.PlatformOfAsync(community, ct) is not { } platform || !platforms.Supports(platform))
        {
            LogNoAdapter(logger, community);
            return new NudgeRun(opted.Count, 0, 0, "no chat adapter for the community's platform");
        }
        await freshness.EnsureAsync(community, ct);
        var config = await settings.GetAsync(community, ct);
        var optedOut = await privacy.OptedOutAsync(community, ct);
        var now = clock.GetUtcNow();
        var due = new List<(NudgeRecord Record, MemberScore Score, NudgeReason Reason)>();
        foreach (var record in opted.Where(r => !optedOut.Contains(r.User)))
        {
            if (await scores.GetAsync(community, record.User, ct) is not { } score)
            {
                continue;
            }
            if (NudgeRules.Due(record, score, config.Live, now) is { } reason)
            {
                due.Add((record, score, reason));
            }
            else if (score.Engagement > record.PeakEngagement)
            {
                await nudges.SaveAsync(record with { PeakEngagement = score.Engagement }, ct);
            }
        }
        if (due.Count == 0)
        {
            return new NudgeRun(opted.Count, 0, 0);
        }
        var recent = await events.ReadCommunityAsync(community, now - LookBack, ct);
        var excluded = config.ExcludedChannels.ToHashSet(StringComparer.Ordinal);
        var state = await recommendations.LoadAsync(community, now, ct);
        var (sent, refused) = (0, 0);
        foreach (var (record, score, reason) in due)
        {
            var since = reason == NudgeReason.Inactive && score.LastActive > now - LookBack ? score.LastActive : now - LookBack;
            var threads = LivelyThreads.Find(recent.Where(e => e.At > since).ToList(), record.User, excluded);
            var member = await recommendations.MemberAsync(state, record.User, ct);
            var pick = FirstOf(state.Picks(member, 1, popular: false)) ?? FirstOf(state.Picks(member, 1, popular: true));
            var link = pick is null ? null : await links.LinkAsync(platform, community, record.User, pick.Course, Recommendations.RecommendationEvents.Nudge, ct);
            var note = NudgeMessage.Render(reason, now - score.LastActive, threads, pick, link);
            try
            {
                await platforms.SendPrivateAsync(platform, community, record.User, note, ct);
            }
            catch (PrivateMessageRefusedException ex)
            {
                LogRefused(logger, ex, community, record.User);
                await nudges.SaveAsync(record with { RefusedAt = now }, ct);
                refused++;
                continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, community, record.User);
                continue;
            }
            await nudges.SaveAsync(record with { LastNudgedAt = now, PeakEngagement = score.Engagement }, ct);
            if (pick is not null)
            {
                await ingest.StoreAsync([new ActivityEvent
                {
                    Kind = EventKind.RecommendationShown, Platform = platform, Community = community, User = record.User,
                    Course = pick.Course.Id, Detail = RecommendationEvents.Nudge, Value = pick.Score, At = now,
                }], ct);
            }
            sent++;
        }
        LogRun(logger, community, sent, refused);
        return new NudgeRun(opted.Count, sent, refused);
    }

    private static RecommendationPick? FirstOf(IReadOnlyList<RecommendationPick> picks) => picks.Count > 0 ? picks[0] : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chat adapter runs for community {Community}; nudges not sent")]
    private static partial void LogNoAdapter(ILogger logger, string community);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The platform refused a nudge to member {User} of community {Community}; not retried until they opt in again")]
    private static partial void LogRefused(ILogger logger, Exception ex, string community, string user);

    [LoggerMessage(Level = LogLevel.Error, Message = "A nudge to member {User} of community {Community} failed; the next run tries again")]
    private static partial void LogFailed(ILogger logger, Exception ex, string community, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nudges in community {Community}: {Sent} sent, {Refused} refused by the platform")]
    private static partial void LogRun(ILogger logger, string community, int sent, int refused);
}
