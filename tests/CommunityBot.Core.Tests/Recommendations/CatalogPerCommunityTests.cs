using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Tests.Recommendations;

/// <summary>Two course creators on one bot: g1 keeps the starter catalog, g2 replaces it with its own course.</summary>
public sealed class CatalogPerCommunityTests : IAsyncLifetime
{
    private const string Rust = "/course add id=rust-intro title=\"Rust for Beginners\" url=https://bob.example/rust tags=rust|systems";
    private RecHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await RecHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private Task<IReadOnlyList<Course>> CoursesAsync(string community) => _bot.Get<ICourseCatalog>().ListAsync(community, CancellationToken.None);

    private async Task ReplaceG2CatalogAsync()
    {
        Assert.False((await _bot.AskInAsync("g2", "bob", "/course clear confirm", MemberRole.Admin)).IsError);
        Assert.False((await _bot.AskInAsync("g2", "bob", Rust, MemberRole.Admin)).IsError);
    }

    [Fact]
    public async Task Clear_AsksForConfirmationFirst_AndTouchesOnlyItsCommunity()
    {
        var asked = await _bot.AskInAsync("g2", "bob", "/course clear", MemberRole.Admin);
        Assert.Contains("/course clear confirm", asked.Text, StringComparison.Ordinal);
        Assert.Equal(6, (await CoursesAsync("g2")).Count);

        var cleared = await _bot.AskInAsync("g2", "bob", "/course clear confirm", MemberRole.Admin);

        Assert.Contains("Removed all 6 courses", cleared.Text, StringComparison.Ordinal);
        Assert.Empty(await CoursesAsync("g2"));
        Assert.Equal(6, (await CoursesAsync("g1")).Count);
        Assert.Equal("course clear", Assert.Single(await _bot.Get<Communities.IAuditLog>().RecentAsync("g2", 10, CancellationToken.None)).Action);
    }

    [Fact]
    public async Task CoursesAndRecommendations_NeverShowAnotherCommunitysCourses()
    {
        await ReplaceG2CatalogAsync();
        await _bot.SeedAsync(
            RecTestData.Message("ann", "m1", "learning rust and docker, any tips for the borrow checker?"),
            RecTestData.Message("carl", "m2", "learning rust and docker, any tips for the borrow checker?") with { Community = "g2" });

        var g1Courses = await _bot.AskInAsync("g1", "ann", "/courses");
        var g2Courses = await _bot.AskInAsync("g2", "carl", "/courses");
        var g1Picks = await _bot.AskInAsync("g1", "ann", "/recommend");
        var g2Picks = await _bot.AskInAsync("g2", "carl", "/recommend");

        Assert.DoesNotContain("rust-intro", g1Courses.Text, StringComparison.Ordinal);
        Assert.Contains("docker-101", g1Courses.Text, StringComparison.Ordinal);
        Assert.Contains("rust-intro", g2Courses.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("docker-101", g2Courses.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("rust-intro", g1Picks.Text, StringComparison.Ordinal);
        Assert.Contains("Rust for Beginners", g2Picks.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("docker-101", g2Picks.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CourseAdded_ReachesTheInterestScoreAtOnce_OnlyInItsCommunity()
    {
        Assert.False((await _bot.AskInAsync("g2", "bob", "/course clear confirm", MemberRole.Admin)).IsError);
        await _bot.SeedAsync(
            RecTestData.Message("ann", "m1", "who else is learning rust this winter?"),
            RecTestData.Message("carl", "m2", "who else is learning rust this winter?") with { Community = "g2" });
        var scorer = _bot.Get<IncrementalScorer>();
        Assert.Equal(0, Member(await scorer.ScoreAsync("g2", CancellationToken.None), "carl").Interest);

        Assert.False((await _bot.AskInAsync("g2", "bob", Rust, MemberRole.Admin)).IsError);

        Assert.True(Member(await scorer.ScoreAsync("g2", CancellationToken.None), "carl").Interest > 0);
        Assert.Equal(0, Member(await scorer.ScoreAsync("g1", CancellationToken.None), "ann").Interest);
    }

    [Fact]
    public async Task PurchaseOfAnotherCommunitysCourse_422AndNothingStored()
    {
        await ReplaceG2CatalogAsync();
        var rotated = await _bot.AskInAsync("g2", "bob", "/config webhook_secret rotate", MemberRole.Admin);
        var secret = rotated.Text.Split('\n')[1];
        var now = _bot.Clock.GetUtcNow().ToUnixTimeSeconds();
        var body = Encoding.UTF8.GetBytes("""{"id":"o-1","course":"docker-101","amount":10,"currency":"eur","buyer":"x","time":"2026-11-29T11:00:00Z"}""");
        var headers = new PurchaseHeaders(null, now.ToString(System.Globalization.CultureInfo.InvariantCulture), "sha256=" + PurchaseSignature.Sign(secret, now, body));

        var answer = await _bot.Get<PurchaseHook>().HandleAsync("g2", body, headers, CancellationToken.None);

        Assert.Equal(422, answer.Status);
        Assert.Empty(await _bot.Get<ISalesLedger>().ListAsync("g2", CancellationToken.None));
    }

    private static MemberScore Member(ScoringResult result, string user) => result.Members.Single(m => m.User == user);
}
