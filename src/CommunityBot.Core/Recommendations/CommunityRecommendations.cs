using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Recommendations;

/// <summary>One community's recommendation model at one moment, ready to rank any member from their profile.</summary>
public sealed class CommunityRecommendations(RecommendationModel model, CommunitySettings settings, string? platform, DateTimeOffset now)
{
    public RecommendationModel Model { get; } = model;

    public CommunitySettings Settings { get; } = settings;

    /// <summary>The platform the community lives on, where its digest is posted.</summary>
    public string? Platform { get; } = platform;

    public DateTimeOffset Now { get; } = now;

    /// <summary>
    /// What the ranking knows of the member. <paramref name="scored"/> is U from the last scoring run; a member never
    /// scored yet gets the activity share R of <see cref="ProfileSignals.ActivityEngagement"/>.
    /// </summary>
    public MemberSignals Signals(string user, MemberProfile? profile, double? scored) =>
        ProfileSignals.Of(Model, user, profile, Now, Settings.RecommendationCooldownDays, scored ?? ProfileSignals.ActivityEngagement(Model, profile, Now));

    /// <summary>The member's ranked, filtered candidates (all of them; callers take what they show).</summary>
    public IReadOnlyList<ScoredCourse> Rank(MemberSignals member, bool popular) =>
        Recommender.Rank(Model, member, Settings.Weights, popular);

    /// <summary>The member's top picks, diversified, each with its reason.</summary>
    public IReadOnlyList<RecommendationPick> Picks(MemberSignals member, int take, bool popular) =>
        Recommender.Diversify(Rank(member, popular), take).Select(c => Pick(member, c)).ToList();

    public RecommendationPick Pick(MemberSignals member, ScoredCourse course) =>
        new(course.Course, course.Score, course.Quality, course.Relevance, RecommendationExplainer.Why(Model, member, course));
}
