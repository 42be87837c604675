using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>Computes and keeps a community activity snapshot from the stored member scores (the activity job).</summary>
public sealed class ActivitySnapshotter(
    IActivityStore events,
    IScoreStore scores,
    ISettingsStore settings,
    TimeProvider clock)
{
    public async Task<CommunitySnapshot> SnapshotAsync(string community, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var config = await settings.GetAsync(community, ct);
        var windowStart = now - TimeSpan.FromDays(config.Scoring.WindowDays);
        var recent = await events.ReadCommunityAsync(community, windowStart, ct);
        var recommendationValues = recent
            .Where(e => e.Kind == EventKind.RecommendationShown)
            .Select(e => e.Value)
            .ToList();
        var members = await scores.ListAsync(community, ct);
        var first = await events.FirstEventAtAsync(community, ct);
        var snapshot = CommunityActivity.Compute(community, now, members, recommendationValues, first, recent.Count, config);
        await scores.AppendSnapshotAsync(snapshot, ct);
        return snapshot;
    }
}
