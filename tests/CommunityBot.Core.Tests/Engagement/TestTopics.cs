using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Engagement;

/// <summary>A topic matcher over a one-course catalog with the given tags.</summary>
internal static class TestTopics
{
    public static ITopicMatcher For(params string[] tags) => TagMatcher.For([Course(tags)]);

    /// <summary>The real core on a temp LiteDB file where every community's catalog starts with one course of these tags.</summary>
    public static StoreFixture Store(DateTimeOffset now, params string[] tags) => Store(now, _ => { }, tags);

    public static StoreFixture Store(DateTimeOffset now, Action<IServiceCollection> more, params string[] tags) =>
        new(now, s =>
        {
            s.AddSingleton(new StarterCatalog([Course(tags)]));
            more(s);
        });

    private static Course Course(string[] tags) => new() { Id = "c", Title = "c", Url = "https://example.com", Tags = tags };
}
