using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations;

/// <summary>/courses [topic]: the catalog, best first, optionally only courses about a topic (tag, synonym or title word).</summary>
public sealed class CoursesCommand(ICourseCatalog catalog) : IBotCommand
{
    public CommandSpec Spec { get; } = new("courses", "Browse the course catalog, optionally by topic", MemberRole.Member,
        [new ArgSpec("topic", "A topic such as docker or python") { Rest = true }]);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var courses = await catalog.ListAsync(call.Community, ct);
        var topic = call.Rest(0).Trim();
        var shown = topic.Length == 0 ? courses : About(courses, topic);
        if (shown.Count == 0)
        {
            return new Reply(courses.Count == 0 ? "The course catalog is empty." : $"No course about '{topic}'. Try /courses without a topic.");
        }
        var ordered = shown.OrderByDescending(c => c.Rating ?? 0).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new Reply(string.Join('\n', ordered.Select(Line)))
        {
            Title = topic.Length == 0 ? "Courses" : $"Courses about {topic}",
            Data = ordered.Select(c => new { id = c.Id, title = c.Title, url = c.Url, tags = c.Tags, price = c.Price, rating = c.Rating, level = c.Level }).ToList(),
        };
    }

    public static string Line(Course c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.Title} [{c.Id}] ({string.Join(", ", c.Tags)}{(c.Level is null ? "" : "; " + c.Level)}{(c.Price is { } p ? $"; {p:0.##}" : "")}{(c.Rating is { } r ? $"; {r:0.0}/5" : "")}) {c.Url}");

    private static List<Course> About(IReadOnlyList<Course> courses, string topic)
    {
        var key = TextNormalizer.Key(topic);
        return courses.Where(c =>
        {
            var matcher = TagMatcher.For([c]);
            return matcher.Match(topic).Count > 0
                || c.Tags.Concat(c.Synonyms).Any(t => TextNormalizer.Key(t) == key)
                || (key.Length > 0 && TextNormalizer.Key(c.Title).Contains(key, StringComparison.Ordinal));
        }).ToList();
    }
}
