using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Hosting;

/// <summary>
/// The catalog's tags and synonyms as the topic vocabulary of the interest score, matched the same way as for
/// recommendations (whole words, punctuation-insensitive, substrings in scripts without spaces).
/// </summary>
public static class CatalogTopics
{
    public static ITopicMatcher Load(string catalogFile) =>
        TagMatcher.For(File.Exists(catalogFile) ? CourseJsonReader.Read(File.ReadAllText(catalogFile)).Courses : []);
}
