using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Tests.Live;

public sealed class WelcomeTests
{
    [Fact]
    public async Task Join_NoWelcomeChannel_NothingPosted()
    {
        await using var bot = await LiveHarness.StartAsync();

        await bot.StoreAsync(bot.Events.Join("new1", TimeSpan.FromSeconds(2)));
        await bot.PassAsync();

        Assert.Empty(bot.Chat.Sent);
    }

    [Fact]
    public async Task Join_ChannelSet_WelcomedWithStarterPicksAndHelp()
    {
        await using var bot = await LiveHarness.StartAsync();
        var set = await bot.AskAsync("admin", "/welcome channel here", MemberRole.Admin, channel: "lobby");

        await bot.StoreAsync(bot.Events.Join("new1", TimeSpan.FromSeconds(2)));
        await bot.PassAsync();

        Assert.Contains("on, in channel lobby", set.Text, StringComparison.Ordinal);
        var (to, reply) = Assert.Single(bot.Chat.Sent);
        Assert.Equal(new ChannelRef("discord", "g1", "lobby"), to);
        var lines = reply.Text.Split('\n');
        Assert.Equal("👋 Welcome Name of new1! Say hello and tell us what you are learning.", lines[0]);
        Assert.StartsWith("Good places to start: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(3, lines[1].Split(';').Length);
        Assert.Contains("/help", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StarterPicks_BeginnerCoursesLikedByEarlierMembersFirst()
    {
        await using var bot = await LiveHarness.StartAsync();
        var catalog = bot.Get<CommunityBot.Core.Recommendations.Catalog.ICourseCatalog>();
        foreach (var id in new[] { "sql-mastery", "python-data", "docker-101" })
        {
            var course = (await catalog.ListAsync("g1", CancellationToken.None)).Single(c => c.Id == id);
            await catalog.SaveAsync("g1", course with { Level = "beginner" }, CancellationToken.None);
        }
        await bot.StoreAsync(
            Recommendations.RecTestData.Course(CommunityBot.Core.Activity.EventKind.RecommendationFeedback, "m1", "python-data", "up", bot.Events.Now.AddDays(-2)),
            Recommendations.RecTestData.Course(CommunityBot.Core.Activity.EventKind.RecommendationFeedback, "m2", "python-data", "up", bot.Events.Now.AddDays(-2)),
            Recommendations.RecTestData.Course(CommunityBot.Core.Activity.EventKind.CourseEnrolled, "m2", "sql-mastery", null, bot.Events.Now.AddDays(-2)));
        await bot.AskAsync("admin", "/welcome channel lobby", MemberRole.Admin);

        await bot.StoreAsync(bot.Events.Join("new1", TimeSpan.FromSeconds(2)));
        await bot.PassAsync();

        var picks = Assert.Single(bot.Chat.Sent).Reply.Text.Split('\n')[1];
        Assert.Equal("Good places to start: python-data course; sql-mastery course; docker-101 course.", picks);
    }

    [Fact]
    public async Task JoinWave_OneCombinedWelcome_LaterJoinsHeldForAMinute()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.AskAsync("admin", "/welcome channel lobby", MemberRole.Admin);

        await bot.StoreAsync([.. Enumerable.Range(0, 25).Select(i => bot.Events.Join("raider" + i, TimeSpan.FromSeconds(30 - i)))]);
        await bot.PassAsync();
        var wave = Assert.Single(bot.Chat.Sent).Reply.Text;

        await bot.StoreAsync(bot.Events.Join("late1", TimeSpan.Zero), bot.Events.Join("late2", TimeSpan.Zero));
        await bot.PassAsync();
        Assert.Single(bot.Chat.Sent);
        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        await bot.PassAsync();

        Assert.StartsWith("👋 Welcome to our 25 newcomers: Name of raider0, ", wave, StringComparison.Ordinal);
        Assert.Contains(" and 15 others!", wave, StringComparison.Ordinal);
        Assert.Equal(2, bot.Chat.Sent.Count);
        Assert.StartsWith("👋 Welcome to our 2 newcomers: Name of late1 and Name of late2!", bot.Chat.Sent[1].Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldJoin_ReadBackLater_NotWelcomed()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.AskAsync("admin", "/welcome channel lobby", MemberRole.Admin);

        await bot.StoreAsync(bot.Events.Join("back-then", TimeSpan.FromHours(3)));
        await bot.PassAsync();

        Assert.Empty(bot.Chat.Sent);
    }

    [Fact]
    public async Task WelcomeTemplate_HostileName_Inert()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.AskAsync("admin", "/welcome channel lobby", MemberRole.Admin);
        await bot.AskAsync("admin", "/welcome template Hi {user}, glad you are here", MemberRole.Admin);

        await bot.StoreAsync(bot.Events.Join("x", TimeSpan.Zero) with { UserName = "@here\u2066" });
        await bot.PassAsync();

        Assert.StartsWith("Hi ＠here, glad you are here\n", Assert.Single(bot.Chat.Sent).Reply.Text, StringComparison.Ordinal);
    }
}
