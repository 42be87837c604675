using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Live;

/// <summary>
/// What a newcomer is offered first: beginner courses (every course when the catalog marks none) ranked by what the
/// members who joined before them liked (👍, clicks and enrollments), then by the catalog's rating.
/// </summary>
public static class StarterPicks
{
    public static IReadOnlyList<Course> Choose(RecommendationModel model, int take = 3)
    {
        var all = Enumerable.Range(0, model.Space.Count).ToList();
        var beginner = all.Where(i => IsBeginner(model.Space.Courses[i])).ToList();
        return (beginner.Count > 0 ? beginner : all)
            .Select(i => (Course: model.Space.Courses[i], Stats: model.Stats(i)))
            .OrderByDescending(x => x.Stats.Ups + x.Stats.Clicks + x.Stats.Enrollments)
            .ThenByDescending(x => x.Course.Rating ?? 0)
            .ThenBy(x => x.Course.Id, StringComparer.Ordinal)
            .Take(take)
            .Select(x => x.Course)
            .ToList();
    }

    private static bool IsBeginner(Course course) =>
        course.Level is { } level && (level.Contains("beginner", StringComparison.OrdinalIgnoreCase)
            || level.Contains("intro", StringComparison.OrdinalIgnoreCase) || level.Equals("basic", StringComparison.OrdinalIgnoreCase));
}
