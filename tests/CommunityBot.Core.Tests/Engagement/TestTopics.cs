using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Tests.Engagement;

/// <summary>A topic matcher over a one-course catalog with the given tags.</summary>
internal static class TestTopics
{
    public static ITopicMatcher For(params string[] tags) =>
        TagMatcher.For([new Course { Id = "c", Title = "c", Url = "https://example.com", Tags = tags }]);
}
