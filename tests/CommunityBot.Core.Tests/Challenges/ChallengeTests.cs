using CommunityBot.Core.Activity;
using CommunityBot.Core.Challenges;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Tests.Live;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Tests.Challenges;

/// <summary>
/// The weekly challenge on the real pipeline (LiteDB file, ingest writer, live loop, scoring) with a recording adapter:
/// prompts posted from the queue or a catalog topic, replies credited once with bonus points, winners announced.
/// </summary>
public sealed class ChallengeTests
{
    [Fact]
    public async Task Start_NoChannel_AdminToldToSetOne_NothingPosted()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();

        var start = await bot.AskAsync("admin", "/challenge start", MemberRole.Admin);

        Assert.True(start.IsError);
        Assert.Contains("/challenge channel here", start.Text, StringComparison.Ordinal);
        Assert.Empty(bot.Chat.Sent);
        Assert.Null(await bot.Get<ChallengeService>().StartAsync("g1", CancellationToken.None));
    }

    [Fact]
    public async Task Start_PostsTheFirstQueuedPrompt_AndDropsItFromTheQueue()
    {
        await using var bot = await ChallengeCommunityAsync();
        await bot.AskAsync("admin", "/challenge add Show us your docker compose file topic:docker", MemberRole.Admin);
        await bot.AskAsync("admin", "/challenge add Explain one SQL index you added", MemberRole.Admin);

        var started = await bot.Get<ChallengeService>().StartAsync("g1", CancellationToken.None);
        var list = await bot.AskAsync("admin", "/challenge list", MemberRole.Admin);

        Assert.NotNull(started);
        Assert.Equal(("Show us your docker compose file", "docker"), (started.Text, started.Topic));
        var (to, post) = Assert.Single(bot.Chat.Sent);
        Assert.Equal(new ChannelRef("discord", "g1", "challenges"), to);
        Assert.StartsWith("🏁 This week's challenge: Show us your docker compose file", post.Text, StringComparison.Ordinal);
        Assert.Contains("earns 10 bonus points", post.Text, StringComparison.Ordinal);
        Assert.Contains("1. Explain one SQL index you added", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("docker compose", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ToThePrompt_CreditedOnceWithTheBonus_EvenWhenDeliveredTwice()
    {
        await using var bot = await ChallengeCommunityAsync();
        await bot.AskAsync("admin", "/challenge bonus 100", MemberRole.Admin);
        var challenge = await StartAsync(bot);

        var reply = ReplyTo(bot, challenge, "alice", challenge.MessageId, "a1", minute: 1);
        var other = ReplyTo(bot, challenge, "bob", "some-other-message", "b1", minute: 1);
        await bot.StoreAsync(reply, other);
        await bot.PassAsync();
        await bot.StoreAsync(reply);
        await bot.PassAsync();

        var stored = await bot.Get<IChallengeStore>().LatestAsync("g1", CancellationToken.None);
        var bonuses = (await bot.Get<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None)).Where(e => e.Kind == EventKind.XpAdjusted).ToList();
        var board = await bot.Get<LeaderboardQuery>().RankAsync("g1", LeaderboardPeriod.All, bot.Clock.GetUtcNow(), CancellationToken.None);
        var alice = board.Single(r => r.User == "alice").Points;
        var bob = board.Single(r => r.User == "bob").Points;

        Assert.Equal(["a1"], stored!.Replies.Select(r => r.MessageId));
        var bonus = Assert.Single(bonuses);
        Assert.Equal(("alice", 100.0, ChallengeService.BonusDetail), (bonus.User, bonus.Value, bonus.Detail));
        Assert.InRange(alice - bob, 90, 110);
    }

    [Fact]
    public async Task Replies_ThroughTheReplyChainOrTheThread_Count_OthersDoNot()
    {
        await using var bot = await ChallengeCommunityAsync();
        var challenge = await StartAsync(bot);

        await bot.StoreAsync(
            ReplyTo(bot, challenge, "alice", challenge.MessageId, "a1", minute: 1),
            ReplyTo(bot, challenge, "bob", "a1", "b1", minute: 2),                      // answers alice's answer
            ReplyTo(bot, challenge, "carol", null, "c1", minute: 3) with { Channel = challenge.MessageId }, // in the prompt's thread
            ReplyTo(bot, challenge, "dave", null, "d1", minute: 3),                     // just chatting in the channel
            ReplyTo(bot, challenge, "erin", "d1", "e1", minute: 4),                     // answers dave, not the challenge
            ReplyTo(bot, challenge, "bot", challenge.MessageId, "x1", minute: 4) with { IsBot = true });
        await bot.PassAsync();

        var stored = await bot.Get<IChallengeStore>().LatestAsync("g1", CancellationToken.None);
        Assert.Equal(["alice", "bob", "carol"], stored!.Replies.Select(r => r.User));
    }

    [Fact]
    public async Task Replies_AtMostThreeCreditedPerMember_AndOnlyWhileItRuns()
    {
        await using var bot = await ChallengeCommunityAsync();
        var challenge = await StartAsync(bot);

        await bot.StoreAsync([.. Enumerable.Range(1, 5).Select(i => ReplyTo(bot, challenge, "alice", challenge.MessageId, "a" + i, minute: i))]);
        await bot.PassAsync();
        await bot.StoreAsync(ReplyTo(bot, challenge, "bob", challenge.MessageId, "late", minute: 0) with { At = challenge.EndsAt.AddMinutes(1) });
        await bot.PassAsync();

        var stored = await bot.Get<IChallengeStore>().LatestAsync("g1", CancellationToken.None);
        Assert.Equal(["a1", "a2", "a3"], stored!.Replies.Select(r => r.MessageId));
        var bonuses = (await bot.Get<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None)).Count(e => e.Kind == EventKind.XpAdjusted);
        Assert.Equal(3, bonuses);
    }

    [Fact]
    public async Task Board_RanksByCreditedReplies_ThenWhoRepliedFirst()
    {
        await using var bot = await ChallengeCommunityAsync();
        var challenge = await StartAsync(bot);
        await bot.StoreAsync(
            ReplyTo(bot, challenge, "bob", challenge.MessageId, "b1", minute: 1),
            ReplyTo(bot, challenge, "alice", challenge.MessageId, "a1", minute: 2),
            ReplyTo(bot, challenge, "alice", challenge.MessageId, "a2", minute: 3),
            ReplyTo(bot, challenge, "carol", challenge.MessageId, "c1", minute: 4));
        await bot.PassAsync();

        var board = await bot.AskAsync("dave", "/challenge");

        var lines = board.Text.Split('\n');
        Assert.StartsWith("“Show us your setup” (runs until ", lines[0], StringComparison.Ordinal);
        Assert.Equal(["#1 Name of alice: 2 replies", "#2 Name of bob: 1 reply", "#3 Name of carol: 1 reply"], lines[1..]);
    }

    [Fact]
    public async Task Close_AfterItEnded_WinnersAnnouncedOnce_NotBefore()
    {
        await using var bot = await ChallengeCommunityAsync();
        var challenge = await StartAsync(bot);
        await bot.StoreAsync(
            ReplyTo(bot, challenge, "bob", challenge.MessageId, "b1", minute: 1) with { UserName = "@everyone" },
            ReplyTo(bot, challenge, "alice", challenge.MessageId, "a1", minute: 2),
            ReplyTo(bot, challenge, "alice", challenge.MessageId, "a2", minute: 3));
        await bot.PassAsync();
        var service = bot.Get<ChallengeService>();

        var early = await service.CloseDueAsync("g1", CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromDays(7));
        var due = await service.CloseDueAsync("g1", CancellationToken.None);
        var again = await service.CloseDueAsync("g1", CancellationToken.None);

        Assert.Equal((false, true, false), (early, due, again));
        Assert.Equal(2, bot.Chat.Sent.Count);
        var lines = bot.Chat.Sent[1].Reply.Text.Split('\n');
        Assert.Equal("🏆 The challenge “Show us your setup” has ended. Winners:", lines[0]);
        Assert.Equal("🥇 Name of alice: 2 replies", lines[1]);
        Assert.StartsWith("🥈 ", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", lines[2], StringComparison.Ordinal);
        Assert.Equal("Thanks to all 2 who took part.", lines[3]);
    }

    [Fact]
    public async Task Start_WhileOneRuns_EndsItWithItsWinnersFirst()
    {
        await using var bot = await ChallengeCommunityAsync();
        var first = await StartAsync(bot);
        await bot.StoreAsync(ReplyTo(bot, first, "alice", first.MessageId, "a1", minute: 1));
        await bot.PassAsync();
        await bot.AskAsync("admin", "/challenge add Second prompt", MemberRole.Admin);

        var second = await bot.AskAsync("admin", "/challenge start", MemberRole.Admin);

        Assert.False(second.IsError, second.Text);
        Assert.Equal(3, bot.Chat.Sent.Count);
        Assert.StartsWith("🏆 The challenge “Show us your setup” has ended.", bot.Chat.Sent[1].Reply.Text, StringComparison.Ordinal);
        Assert.StartsWith("🏁 This week's challenge: Second prompt", bot.Chat.Sent[2].Reply.Text, StringComparison.Ordinal);
        Assert.False(await bot.Get<ChallengeService>().CloseDueAsync("g1", CancellationToken.None)); // the second one runs
    }

    [Fact]
    public async Task AdminActions_RefusedForMembers_AndChangeNothing()
    {
        await using var bot = await ChallengeCommunityAsync();
        var before = await bot.Get<ISettingsStore>().GetAsync("g1", CancellationToken.None);

        var replies = new List<Reply>();
        foreach (var action in new[] { "add Spam prompt", "remove 1", "channel here", "bonus 1000", "days 1", "start", "list" })
        {
            replies.Add(await bot.AskAsync("member", "/challenge " + action, MemberRole.Moderator));
        }
        var after = await bot.Get<ISettingsStore>().GetAsync("g1", CancellationToken.None);

        Assert.All(replies, r => Assert.True(r.IsError, r.Text));
        Assert.All(replies, r => Assert.Contains("for admins only", r.Text, StringComparison.Ordinal));
        Assert.Equal(before.Live.ChallengeChannel, after.Live.ChallengeChannel);
        Assert.Equal(before.Live.ChallengeBonus, after.Live.ChallengeBonus);
        Assert.Equal(before.Live.ChallengeQueue, after.Live.ChallengeQueue);
        Assert.Empty(bot.Chat.Sent);
    }

    [Theory]
    [InlineData("bonus abc", "bonus takes a whole number from 0 to 1000")]
    [InlineData("bonus -5", "bonus takes a whole number from 0 to 1000")]
    [InlineData("days 0", "days takes a whole number from 1 to 31")]
    [InlineData("add topic:docker", "Give the prompt after add")]
    [InlineData("remove 1", "No prompt is queued")]
    [InlineData("frobnicate", "Unknown action 'frobnicate'")]
    public async Task AdminActions_BadValues_ClearError(string action, string expected)
    {
        await using var bot = await ChallengeCommunityAsync();

        var reply = await bot.AskAsync("admin", "/challenge " + action, MemberRole.Admin);

        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NothingQueued_PicksTheCatalogTopicWithMostInterestPerMention()
    {
        await using var bot = await ChallengeCommunityAsync();
        // sql is wanted (two 👍 and an enrollment) but nobody talks about it; docker is talked about a lot.
        await bot.StoreAsync(
            Recommendations.RecTestData.Course(EventKind.RecommendationFeedback, "m1", "sql-mastery", "up", bot.Events.Now.AddDays(-2)),
            Recommendations.RecTestData.Course(EventKind.RecommendationFeedback, "m2", "sql-mastery", "up", bot.Events.Now.AddDays(-2)),
            Recommendations.RecTestData.Course(EventKind.CourseEnrolled, "m3", "sql-mastery", null, bot.Events.Now.AddDays(-2)),
            Recommendations.RecTestData.Course(EventKind.RecommendationFeedback, "m1", "docker-101", "up", bot.Events.Now.AddDays(-2)),
            bot.Events.Message("m1", TimeSpan.FromDays(1), "docker is great", id: "d1"),
            bot.Events.Message("m2", TimeSpan.FromDays(1), "my docker build broke", id: "d2"));

        var started = await bot.Get<ChallengeService>().StartAsync("g1", CancellationToken.None);

        Assert.NotNull(started);
        Assert.Equal("sql", started.Topic);
        Assert.Contains("with sql this week", Assert.Single(bot.Chat.Sent).Reply.Text, StringComparison.Ordinal);
    }

    /// <summary>A community with stored activity, a challenge channel, and a running challenge (prompt "Show us your setup").</summary>
    private static async Task<LiveHarness> ChallengeCommunityAsync()
    {
        var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();
        await bot.AskAsync("admin", "/challenge channel challenges", MemberRole.Admin);
        return bot;
    }

    private static async Task<Challenge> StartAsync(LiveHarness bot)
    {
        await bot.AskAsync("admin", "/challenge add Show us your setup", MemberRole.Admin);
        var challenge = await bot.Get<ChallengeService>().StartAsync("g1", CancellationToken.None);
        bot.Clock.Advance(TimeSpan.FromMinutes(9)); // replies below arrive over the next minutes, all live
        return challenge!;
    }

    private static ActivityEvent ReplyTo(LiveHarness bot, Challenge challenge, string user, string? parent, string id, int minute) =>
        bot.Events.Message(user, TimeSpan.Zero, "my answer to the challenge, with details", replyTo: parent, channel: challenge.Channel, id: id)
            with { At = challenge.StartsAt.AddMinutes(minute) };
}
