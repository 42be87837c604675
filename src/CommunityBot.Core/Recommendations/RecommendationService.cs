using System.Runtime.CompilerServices;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Profiles;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Recommendations;

/// <summary>
/// Answers "what should this member see": the community's model (kept current by <see cref="RecommendationModels"/>),
/// then only the member's own profile and score.
/// </summary>
public sealed class RecommendationService(
    RecommendationModels models,
    IRecommendationStore profiles,
    IActivityStore events,
    LatestScores scores,
    IOptions<RecommenderOptions> options)
{
    public RecommenderOptions Options => options.Value;

    public async Task<CommunityRecommendations> LoadAsync(string community, DateTimeOffset now, CancellationToken ct)
    {
        var (model, config) = await models.CurrentWithSettingsAsync(community, ct);
        return new CommunityRecommendations(model, config, await events.PlatformOfAsync(community, ct), now);
    }

    /// <summary>One member's signals: their profile and their score, nothing else.</summary>
    public async Task<MemberSignals> MemberAsync(CommunityRecommendations state, string user, CancellationToken ct)
    {
        var profile = await profiles.GetProfileAsync(state.Model.Community, user, ct);
        var score = await scores.GetAsync(state.Model.Community, user, ct);
        return state.Signals(user, profile, score?.Engagement);
    }

    /// <summary>Every member the recommender knows, with their signals, one at a time (the digest's candidates).</summary>
    public async IAsyncEnumerable<RecommendedMember> EachMemberAsync(CommunityRecommendations state, [EnumeratorCancellation] CancellationToken ct)
    {
        var engagement = (await scores.ListAsync(state.Model.Community, ct)).ToDictionary(s => s.User, s => s.Engagement, StringComparer.Ordinal);
        await foreach (var p in profiles.EachProfileAsync(state.Model.Community, ct))
        {
            yield return new RecommendedMember(p, state.Signals(p.User, p, engagement.TryGetValue(p.User, out var u) ? u : null));
        }
    }

    /// <summary>Impressions, clicks, click-through rate and 👍/👎 per course, for /stats.</summary>
    public async Task<IReadOnlyList<CourseStats>> ExposureAsync(string community, CancellationToken ct)
    {
        var model = await models.CurrentAsync(community, ct);
        return Enumerable.Range(0, model.Space.Count).Select(model.Stats).ToList();
    }
}

/// <summary>A member's stored profile and what it means now.</summary>
public sealed record RecommendedMember(MemberProfile Profile, MemberSignals Signals)
{
    public string DisplayName => Profile.Name is { Length: > 0 } name ? name : Profile.User;
}
