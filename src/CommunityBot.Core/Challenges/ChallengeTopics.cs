using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Challenges;

/// <summary>
/// The topic to challenge members with when no prompt is queued: the catalog tag with the most course interest
/// (👍, clicks, enrollments, plus one) per message that mentions it over the recent messages (plus one), so a topic
/// people want to learn but rarely talk about comes first.
/// </summary>
public static class ChallengeTopics
{
    public static string? Pick(RecommendationModel model, IReadOnlyList<ActivityEvent> recent)
    {
        var interest = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < model.Space.Count; i++)
        {
            var stats = model.Stats(i);
            foreach (var tag in model.Space.Courses[i].Tags.Take(1))
            {
                interest[tag] = interest.GetValueOrDefault(tag) + stats.Ups + stats.Clicks + stats.Enrollments;
            }
        }
        var texts = recent.Where(e => e.Kind == EventKind.Message && !e.IsBot && e.Text is { Length: > 0 }).Select(e => e.Text!).ToList();
        return interest
            .Select(t => (Topic: t.Key, Ratio: (t.Value + 1) / (texts.Count(x => x.Contains(t.Key, StringComparison.OrdinalIgnoreCase)) + 1.0)))
            .OrderByDescending(t => t.Ratio).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Select(t => t.Topic)
            .FirstOrDefault();
    }

    public static string PromptFor(string topic) =>
        $"Share one thing you learned, built or got stuck on with {topic} this week, and answer someone else's.";
}
