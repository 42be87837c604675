using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// A community's own events as an evaluation dataset: clicks, 👍 and enrollments are the interactions to
/// predict; messages and reactions are context for the interest profiles.
/// </summary>
public static class SampleDataset
{
    public static EvalDataset From(string name, IReadOnlyList<Course> courses, IEnumerable<ActivityEvent> events)
    {
        var interactions = new List<Interaction>();
        var context = new List<ActivityEvent>();
        foreach (var e in events.Where(e => !e.IsBot))
        {
            switch (e.Kind)
            {
                case EventKind.CourseEnrolled or EventKind.RecommendationClicked when e.Course is not null:
                case EventKind.RecommendationFeedback when e.Course is not null && e.Detail == RecommendationEvents.Up:
                    interactions.Add(new Interaction(e.User, e.Course!, e.At));
                    break;
                case EventKind.Message or EventKind.ReactionAdded or EventKind.Delete:
                    context.Add(e);
                    break;
            }
        }
        return new EvalDataset(name, courses, interactions) { Context = context };
    }
}
