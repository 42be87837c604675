using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// What an offline evaluation runs on: the catalog, the positive interactions that are split and predicted,
/// and other activity (messages, reactions) the recommender may use for interest profiles.
/// </summary>
public sealed record EvalDataset(string Name, IReadOnlyList<Course> Courses, IReadOnlyList<Interaction> Interactions)
{
    public IReadOnlyList<ActivityEvent> Context { get; init; } = [];
}
