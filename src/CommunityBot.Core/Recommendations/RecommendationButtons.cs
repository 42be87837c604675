using CommunityBot.Core.Commands;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>The 👍 / 👎 / "not now" buttons of a recommended course; actions are "rec:&lt;detail&gt;:&lt;course id&gt;" (at most 52 bytes).</summary>
public static class RecommendationButtons
{
    public const string Prefix = "rec";

    public static IReadOnlyList<ReplyButton> For(Course course, string link) =>
    [
        new($"👍 {course.Id}", $"{Prefix}:{RecommendationEvents.Up}:{course.Id}"),
        new($"👎 {course.Id}", $"{Prefix}:{RecommendationEvents.Down}:{course.Id}"),
        new("Not now", $"{Prefix}:{RecommendationEvents.Dismiss}:{course.Id}"),
        new($"Open {course.Id}", "", link),
    ];
}
