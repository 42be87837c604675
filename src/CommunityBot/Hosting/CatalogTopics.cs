using System.Text.Json;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Hosting;

/// <summary>The catalog's tags and synonyms as the topic vocabulary of the interest score.</summary>
public static class CatalogTopics
{
    public static ITopicMatcher Load(string catalogFile)
    {
        if (!File.Exists(catalogFile))
        {
            return new KeywordTopicMatcher([]);
        }
        using var json = JsonDocument.Parse(File.ReadAllText(catalogFile));
        var words = new List<string>();
        foreach (var course in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "tags", "synonyms" })
            {
                if (course.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    words.AddRange(list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
                }
            }
        }
        return new KeywordTopicMatcher(words);
    }
}
