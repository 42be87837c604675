using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// Runs the product's recommender on a split: training interactions become enrollment events (so they are
/// owned and never recommended again), context activity before each member's cutoff feeds the interest
/// profiles, and each member is ranked as of their last training interaction.
/// </summary>
public sealed class HybridModel : IRankingModel
{
    private const string Community = "eval";
    private readonly RecommendationSnapshot _snapshot;
    private readonly Dictionary<string, DateTimeOffset> _asOf;
    private readonly CommunitySettings _settings = CommunitySettings.DefaultFor(Community);

    public HybridModel(EvalDataset dataset, EvalSplit split, RecommenderOptions options)
    {
        var events = split.Train.Select(i => new ActivityEvent
        {
            Kind = EventKind.CourseEnrolled, Platform = Community, Community = Community, User = i.User, Course = i.Item, At = i.At,
        }).Concat(dataset.Context.Where(e => !split.Cutoff.TryGetValue(e.User, out var cutoff) || e.At < cutoff));
        _snapshot = new RecommendationSnapshot(dataset.Courses, events, options);
        _asOf = split.Train.GroupBy(i => i.User, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(i => i.At), StringComparer.Ordinal);
    }

    public string Name => "recommender";

    public IReadOnlyList<string> Recommend(string user, int k)
    {
        var now = _asOf.TryGetValue(user, out var at) ? at : DateTimeOffset.MaxValue;
        var signals = _snapshot.Signals(user, now, _settings.Scoring.HalfLifeDays, _settings.RecommendationCooldownDays, engagement: 0);
        var ranked = Recommender.Rank(_snapshot, signals, _settings.Weights, popular: false);
        return Recommender.Diversify(ranked, k).Select(c => c.Course.Id).ToList();
    }
}
