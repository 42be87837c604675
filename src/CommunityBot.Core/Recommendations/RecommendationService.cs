using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Catalog;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Recommendations;

/// <summary>Loads a community's state through the ports and answers "what should this member see".</summary>
public sealed class RecommendationService(
    ICourseCatalog catalog,
    IActivityStore events,
    ISettingsStore settings,
    IScoreStore scores,
    IOptions<RecommenderOptions> options)
{
    public RecommenderOptions Options => options.Value;

    public async Task<CommunityRecommendations> LoadAsync(string community, DateTimeOffset now, CancellationToken ct)
    {
        var courses = await catalog.ListAsync(ct);
        var history = await events.ReadCommunityAsync(community, null, ct);
        var config = await settings.GetAsync(community, ct);
        var snapshot = new RecommendationSnapshot(courses, history, options.Value);
        var platform = history.Count > 0 ? history[^1].Platform : null;
        var engagement = (await scores.ListAsync(community, ct)).ToDictionary(s => s.User, s => s.Engagement, StringComparer.Ordinal);
        return new CommunityRecommendations(snapshot, config, platform, now, engagement);
    }

    /// <summary>Impressions, clicks, click-through rate and 👍/👎 per course, for /stats.</summary>
    public async Task<IReadOnlyList<CourseStats>> ExposureAsync(string community, DateTimeOffset now, CancellationToken ct)
    {
        var state = await LoadAsync(community, now, ct);
        return Enumerable.Range(0, state.Snapshot.Space.Count).Select(state.Snapshot.Stats).ToList();
    }
}
