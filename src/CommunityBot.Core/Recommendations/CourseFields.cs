using System.Globalization;
using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>Parses key=value pairs (values may be quoted) of /course add and /course edit and applies them to a course.</summary>
public static class CourseFields
{
    public static readonly IReadOnlyList<string> Keys = ["id", "title", "url", "tags", "synonyms", "price", "language", "rating", "level"];

    public static Dictionary<string, string> Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) { i++; }
            var eq = text.IndexOf('=', i);
            if (i >= text.Length)
            {
                break;
            }
            if (eq < 0 || text[i..eq].Any(char.IsWhiteSpace))
            {
                throw new CommandUsageException($"Expected key=value at '{text[i..].Split(' ')[0]}'. Keys: {string.Join(", ", Keys)}.");
            }
            var key = text[i..eq].ToLowerInvariant();
            if (!Keys.Contains(key))
            {
                throw new CommandUsageException($"Unknown field '{key}'. Keys: {string.Join(", ", Keys)}.");
            }
            (fields[key], i) = ReadValue(text, eq + 1);
        }
        return fields;
    }

    public static Course Apply(Course course, IReadOnlyDictionary<string, string> fields)
    {
        foreach (var (key, value) in fields)
        {
            course = key switch
            {
                "id" => course with { Id = value },
                "title" => course with { Title = value },
                "url" => course with { Url = value },
                "tags" => course with { Tags = SplitList(value) },
                "synonyms" => course with { Synonyms = SplitList(value) },
                "price" => course with { Price = Number(key, value) },
                "rating" => course with { Rating = Number(key, value) },
                "language" => course with { Language = value.Length == 0 ? null : value },
                _ => course with { Level = value.Length == 0 ? null : value },
            };
        }
        return course;
    }

    private static string[] SplitList(string value) =>
        value.Split(['|', ';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static double? Number(string key, string value) => value.Length == 0 ? null
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw new CommandUsageException($"{key} must be a number, not '{value}'.");

    private static (string Value, int Next) ReadValue(string text, int i)
    {
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            return end < 0 ? (text[(i + 1)..], text.Length) : (text[(i + 1)..end], end + 1);
        }
        var value = new StringBuilder();
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            value.Append(text[i++]);
        }
        return (value.ToString(), i);
    }
}
