using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Recommendations;

/// <summary>One community's recommendation state at one moment, ready to rank any of its members.</summary>
public sealed class CommunityRecommendations(
    RecommendationSnapshot snapshot, CommunitySettings settings, string? platform, DateTimeOffset now, IReadOnlyDictionary<string, double> scored)
{
    private IReadOnlyDictionary<string, double>? _activity;

    public RecommendationSnapshot Snapshot { get; } = snapshot;

    public CommunitySettings Settings { get; } = settings;

    /// <summary>The platform of the community's latest event, where its digest is posted.</summary>
    public string? Platform { get; } = platform;

    public DateTimeOffset Now { get; } = now;

    /// <summary>U of the member from the last scoring run; members scored never yet get the activity share R of <see cref="RecommendationSnapshot.ActivityEngagement"/>.</summary>
    public double Engagement(string user) => scored.TryGetValue(user, out var u)
        ? u
        : (_activity ??= Snapshot.ActivityEngagement(Now, Settings.Scoring.HalfLifeDays)).GetValueOrDefault(user);

    public MemberSignals Signals(string user) =>
        Snapshot.Signals(user, Now, Settings.Scoring.HalfLifeDays, Settings.RecommendationCooldownDays, Engagement(user));

    /// <summary>The member's ranked, filtered candidates (all of them; callers take what they show).</summary>
    public IReadOnlyList<ScoredCourse> Rank(MemberSignals member, bool popular) =>
        Recommender.Rank(Snapshot, member, Settings.Weights, popular);

    /// <summary>The member's top picks, diversified, each with its reason.</summary>
    public IReadOnlyList<RecommendationPick> Picks(string user, int take, bool popular)
    {
        var member = Signals(user);
        return Recommender.Diversify(Rank(member, popular), take).Select(c => Pick(member, c)).ToList();
    }

    public RecommendationPick Pick(MemberSignals member, ScoredCourse course) =>
        new(course.Course, course.Score, course.Quality, course.Relevance, RecommendationExplainer.Why(Snapshot, member, course));
}
