using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Live;

/// <summary>What members see reflects what was just stored, without waiting for the score job.</summary>
public sealed class FreshScoreTests
{
    [Fact]
    public async Task Profile_RightAfterFirstMessage_ShowsPoints()
    {
        await using var bot = await LiveHarness.StartAsync();

        await bot.StoreAsync(bot.Events.Message("u1", TimeSpan.FromSeconds(1), "hello everyone, glad to be here"));
        var profile = await bot.AskAsync("u1", "/profile");
        var board = await bot.AskAsync("u2", "/leaderboard week");

        Assert.False(profile.IsError, profile.Text);
        Assert.DoesNotContain("no recorded activity", profile.Text, StringComparison.Ordinal);
        Assert.Matches(@"Name of u1 — level 0 \(\d\d points", profile.Text);
        Assert.Contains("#1 Name of u1", board.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_NextMessage_MovesPointsAtOnce()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.StoreAsync(bot.Events.Message("u1", TimeSpan.FromMinutes(5), "first message of the day"));
        var before = (await bot.Get<LeaderboardQuery>().RankAsync("g1", LeaderboardPeriod.All, bot.Events.Now, CancellationToken.None)).Single().Points;

        await bot.StoreAsync(bot.Events.Message("u1", TimeSpan.FromMinutes(1), "a second, later message"));
        var after = (await bot.Get<LeaderboardQuery>().RankAsync("g1", LeaderboardPeriod.All, bot.Events.Now, CancellationToken.None)).Single().Points;

        Assert.InRange(after - before, 15, 25);
    }

    [Fact]
    public async Task Profile_EventsStoredByAnEarlierProcess_ScoredBeforeAnswering()
    {
        using var folder = new TempFolder();
        var file = folder.File("earlier.db");
        await using (var earlier = new StoreFixture(Recommendations.RecTestData.Now, databaseFile: file))
        {
            await earlier.StartAsync();
            await earlier.Get<CommunityBot.Core.Ingest.IIngestQueue>().StoreAsync([new Events(Recommendations.RecTestData.Now, "g1", "discord")
                .Message("u1", TimeSpan.FromHours(1), "stored before a crash, never scored")], CancellationToken.None);
        }

        await using var bot = await LiveHarness.StartAsync(file);
        var profile = await bot.AskAsync("u1", "/profile");

        Assert.Contains("Name of u1 — level 0", profile.Text, StringComparison.Ordinal);
        Assert.NotNull(await bot.Get<IScoreStore>().GetAsync("g1", "u1", CancellationToken.None));
    }

    [Fact]
    public async Task LiveLoop_ScoresWithoutBeingAsked()
    {
        await using var bot = await LiveHarness.StartAsync();

        await bot.StoreAsync(bot.Events.Message("u1", TimeSpan.FromSeconds(1), "nobody asked anything yet"));
        await bot.PassAsync();

        Assert.NotNull(await bot.Get<IScoreStore>().GetAsync("g1", "u1", CancellationToken.None));
    }
}
