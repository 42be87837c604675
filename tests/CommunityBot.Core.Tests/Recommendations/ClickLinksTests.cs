using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class ClickLinksTests
{
    private static readonly Dictionary<string, string?> Tracked = new() { ["Http:PublicBaseUrl"] = "https://bot.example.com/" };

    [Fact]
    public async Task Link_PublicBaseUrl_OpaqueTokenThatResolvesAndCountsOnce()
    {
        await using var bot = await RecHarness.StartAsync(Tracked);
        var links = bot.Get<ClickLinks>();
        var course = (await bot.Get<ICourseCatalog>().FindAsync("g1", "sql-mastery", CancellationToken.None))!;

        var link = await links.LinkAsync("discord", "g1", "member-42", course, "command", CancellationToken.None);
        var token = link[(link.LastIndexOf('/') + 1)..];
        var first = await links.ClickAsync(token, CancellationToken.None);
        var second = await links.ClickAsync(token, CancellationToken.None);

        Assert.StartsWith("https://bot.example.com/r/", link, StringComparison.Ordinal);
        Assert.Equal(22, token.Length);
        Assert.DoesNotContain("member-42", link, StringComparison.Ordinal);
        Assert.Equal(course.Url + "?ref=discord_member-42", first.Url);
        Assert.Equal(first.Url, second.Url);
        var click = Assert.Single(await bot.EventsAsync(EventKind.RecommendationClicked));
        Assert.Equal(("member-42", "sql-mastery"), (click.User, click.Course));
    }

    [Fact]
    public async Task Click_UnknownToken_NotFoundAndNothingRecorded()
    {
        await using var bot = await RecHarness.StartAsync(Tracked);

        Assert.Equal(ClickOutcome.NotFound, await bot.Get<ClickLinks>().ClickAsync(ClickLinks.NewToken(), CancellationToken.None));
        Assert.Equal(ClickOutcome.NotFound, await bot.Get<ClickLinks>().ClickAsync("short", CancellationToken.None));
        Assert.Empty(await bot.EventsAsync(EventKind.RecommendationClicked));
    }

    [Fact]
    public async Task Click_OlderThanTheLinkLifetime_GoneAndNothingRecorded()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?>(Tracked) { ["Http:LinkLifetime"] = "7.00:00:00" });
        var store = bot.Get<IClickTokenStore>();
        var now = bot.Clock.GetUtcNow();
        var (old, fresh) = (ClickLinks.NewToken(), ClickLinks.NewToken());
        await store.SaveAsync(new ClickToken(old, "discord", "g1", "m1", "sql-mastery", "https://x.example/sql", now.AddDays(-7).AddMinutes(-1)), CancellationToken.None);
        await store.SaveAsync(new ClickToken(fresh, "discord", "g1", "m1", "sql-mastery", "https://x.example/sql", now.AddDays(-6)), CancellationToken.None);

        Assert.Equal(ClickOutcome.Gone, await bot.Get<ClickLinks>().ClickAsync(old, CancellationToken.None));
        Assert.Equal("https://x.example/sql?ref=discord_m1", (await bot.Get<ClickLinks>().ClickAsync(fresh, CancellationToken.None)).Url);
        var click = Assert.Single(await bot.EventsAsync(EventKind.RecommendationClicked));
        Assert.Equal(fresh, click.Nonce);
    }

    [Fact]
    public async Task Link_NoPublicBaseUrl_PlainCourseUrl()
    {
        await using var bot = await RecHarness.StartAsync();
        var course = (await bot.Get<ICourseCatalog>().FindAsync("g1", "sql-mastery", CancellationToken.None))!;

        Assert.Equal(course.Url, await bot.Get<ClickLinks>().LinkAsync("discord", "g1", "u1", course, "command", CancellationToken.None));
    }

    [Fact]
    public async Task Click_CourseUrlWithAQuery_ReferenceAppendedUnderTheConfiguredName()
    {
        await using var bot = await RecHarness.StartAsync(new Dictionary<string, string?>(Tracked) { ["Http:ReferenceParameter"] = "client_reference_id" });
        var token = ClickLinks.NewToken();
        await bot.Get<IClickTokenStore>().SaveAsync(
            new ClickToken(token, "telegram", "g1", "501", "sql-mastery", "https://shop.example/buy?plan=a%20b", bot.Clock.GetUtcNow()), CancellationToken.None);

        var outcome = await bot.Get<ClickLinks>().ClickAsync(token, CancellationToken.None);

        Assert.Equal("https://shop.example/buy?plan=a%20b&client_reference_id=telegram_501", outcome.Url);
    }

    [Fact]
    public void NewToken_TwoCalls_Differ() => Assert.NotEqual(ClickLinks.NewToken(), ClickLinks.NewToken());
}
