using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Nudges;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Tests.Live;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Nudges;

/// <summary>
/// Re-engagement nudges on the real pipeline (LiteDB file, ingest writer, scoring, recommendations) with a
/// recording adapter: opt-in only, one per absence and never within 14 days, hidden members and refusals left alone.
/// </summary>
public sealed class NudgeTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Run_NobodyOptedIn_NothingSent()
    {
        await using var bot = await DriftedCommunityAsync();

        var run = await RunAsync(bot);
        var show = await bot.AskAsync("drifter", "/nudges");

        Assert.Equal(new NudgeRun(0, 0, 0, "nobody opted in"), run);
        Assert.Equal(0, bot.Chat.PrivateAttempts);
        Assert.StartsWith("Nudges are off.", show.Text, StringComparison.Ordinal);
        Assert.True(show.Ephemeral);
    }

    [Fact]
    public async Task Run_InactiveMemberOptedIn_OnePrivateNoteWithWhatTheyMissedAndOnePick()
    {
        await using var bot = await DriftedCommunityAsync();
        var on = await bot.AskAsync("drifter", "/nudges on");

        var run = await RunAsync(bot);

        Assert.Contains("Nudges are on", on.Text, StringComparison.Ordinal);
        Assert.Equal(1, run.Sent);
        var (community, user, note) = Assert.Single(bot.Chat.SentPrivately);
        Assert.Equal(("g1", "drifter"), (community, user));
        var lines = note.Text.Split('\n');
        Assert.Equal("👋 It has been 20 days since you last took part in the community.", lines[0]);
        Assert.Equal("What people talked about:", lines[1]);
        Assert.Equal("• “How do I deploy docker containers to production without downtime?” by Name of alice: 2 replies, 2 reactions", lines[2]);
        Assert.Equal("• “Which SQL index helps a slow report query?” by Name of dave: 1 reply, 0 reactions", lines[3]);
        Assert.StartsWith("A course for you: ", lines[4], StringComparison.Ordinal);
        Assert.Contains("/nudges off", lines[^1], StringComparison.Ordinal);
        Assert.Empty(bot.Chat.Sent); // nothing in the group
        var shown = (await bot.Get<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None))
            .Single(e => e.Kind == EventKind.RecommendationShown);
        Assert.Equal(("drifter", RecommendationEvents.Nudge), (shown.User, shown.Detail));
    }

    [Fact]
    public async Task Run_Again_NotWithin14Days_AndOncePerAbsence_ThenAgainAfterTheMemberCameBackAndLeft()
    {
        await using var bot = await DriftedCommunityAsync();
        await bot.AskAsync("drifter", "/nudges on");
        Assert.Equal(1, (await RunAsync(bot)).Sent);

        bot.Clock.Advance(Day);
        var nextDay = await RunAsync(bot);
        bot.Clock.Advance(15 * Day);
        var stillAway = await RunAsync(bot);
        await bot.StoreAsync(Now(bot).Message("drifter", TimeSpan.FromMinutes(1), "back for a bit, thanks for the note", id: "back"));
        bot.Clock.Advance(15 * Day);
        await bot.StoreAsync(Now(bot).Message("alice", TimeSpan.FromMinutes(1), "anyone around this week?", id: "later"));
        var awayAgain = await RunAsync(bot);

        Assert.Equal(0, nextDay.Sent);
        Assert.Equal(0, stillAway.Sent);
        Assert.Equal(1, awayAgain.Sent);
        Assert.Equal(2, bot.Chat.SentPrivately.Count);
        Assert.StartsWith("👋 It has been 15 days", bot.Chat.SentPrivately[1].Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AfterNudgesOff_NeverSent()
    {
        await using var bot = await DriftedCommunityAsync();
        await bot.AskAsync("drifter", "/nudges on");
        var off = await bot.AskAsync("drifter", "/nudges off");

        var run = await RunAsync(bot);

        Assert.Equal("Nudges are off. You will get no private notes from the bot.", off.Text);
        Assert.Equal(new NudgeRun(0, 0, 0, "nobody opted in"), run);
        Assert.Equal(0, bot.Chat.PrivateAttempts);
    }

    [Fact]
    public async Task Run_HiddenMember_NeverNudged()
    {
        await using var bot = await DriftedCommunityAsync();
        await bot.AskAsync("drifter", "/nudges on");
        await bot.AskAsync("drifter", "/privacy hide");

        var run = await RunAsync(bot);

        Assert.Equal(0, run.Sent);
        Assert.Equal(0, bot.Chat.PrivateAttempts);
    }

    [Fact]
    public async Task Run_PlatformRefusesTheDm_RecordedAndNotRetriedUntilTheMemberOptsInAgain()
    {
        await using var bot = await DriftedCommunityAsync();
        await bot.AskAsync("drifter", "/nudges on");
        bot.Chat.RefusingPrivate.Add("drifter");

        var first = await RunAsync(bot);
        bot.Clock.Advance(20 * Day);
        var later = await RunAsync(bot);
        bot.Chat.RefusingPrivate.Clear();
        await bot.AskAsync("drifter", "/nudges on");
        var afterOptIn = await RunAsync(bot);

        Assert.Equal((0, 1), (first.Sent, first.Refused));
        Assert.Equal((0, 0), (later.Sent, later.Refused));
        Assert.Equal(1, afterOptIn.Sent);
        Assert.Equal(2, bot.Chat.PrivateAttempts);
    }

    [Fact]
    public async Task Run_EngagementFellByTheSetShare_NudgedAsQuieter()
    {
        await using var bot = await LiveHarness.StartAsync();
        var events = bot.Events;
        await bot.StoreAsync([.. Enumerable.Range(0, 8).Select(i => events.Message("keen", TimeSpan.FromHours(1 + i * 2), $"long helpful answer number {i} about the meetup schedule", id: $"k{i}")),
            .. Enumerable.Range(0, 8).Select(i => events.Message("other", TimeSpan.FromHours(1 + i * 2), $"regular chat message number {i} about lunch", id: $"o{i}"))]);
        await bot.AskAsync("keen", "/nudges on");
        await bot.AskAsync("admin", "/config nudge_drop_percent 40", MemberRole.Admin);
        var whileKeen = await RunAsync(bot);

        // Off-topic chat (the interest share does not decay): under the 14 days of inactivity, but their
        // engagement (0.10) decays to 0.055 while others stay.
        bot.Clock.Advance(10 * Day);
        await bot.StoreAsync([.. Enumerable.Range(0, 8).Select(i => Now(bot).Message("other", TimeSpan.FromHours(1 + i * 2), $"fresh message number {i} about lunch plans", id: $"n{i}"))]);
        var afterDrop = await RunAsync(bot);

        Assert.Equal(0, whileKeen.Sent);
        Assert.Equal(1, afterDrop.Sent);
        Assert.StartsWith("👋 You have been quieter in the community lately.", Assert.Single(bot.Chat.SentPrivately).Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_HostileThreadText_CannotPingOrHideText()
    {
        await using var bot = await DriftedCommunityAsync();
        var now = Now(bot);
        await bot.StoreAsync(
            now.Message("mallory", TimeSpan.FromHours(3), "@everyone look \u202Eevil\u202C **now** <@123>", id: "bad"),
            now.Message("alice", TimeSpan.FromHours(2), "please do not", replyTo: "bad", id: "bad-r1"),
            now.Message("bob", TimeSpan.FromHours(2), "indeed", replyTo: "bad-r1", id: "bad-r2"),
            now.Message("carol", TimeSpan.FromHours(2), "stop", replyTo: "bad", id: "bad-r3"));
        await bot.AskAsync("drifter", "/nudges on");

        await RunAsync(bot);

        var text = Assert.Single(bot.Chat.SentPrivately).Reply.Text;
        Assert.Contains("“＠everyone look evil **now** <＠123>” by Name of mallory: 3 replies", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", text.Split('\n')[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', text);
    }

    [Fact]
    public async Task Config_NudgeSettings_ValidatedAndShown()
    {
        await using var bot = await LiveHarness.StartAsync();

        var saved = await bot.AskAsync("admin", "/config nudge_inactive_days 7", MemberRole.Admin);
        var refused = await bot.AskAsync("admin", "/config nudge_drop_percent 0", MemberRole.Admin);
        var member = await bot.AskAsync("u1", "/config nudge_inactive_days 1");

        Assert.Contains("after 7 days away", saved.Text, StringComparison.Ordinal);
        Assert.True(refused.IsError);
        Assert.Contains("nudge_drop_percent must be a whole number from 1 to 100", refused.Text, StringComparison.Ordinal);
        Assert.True(member.IsError);
        Assert.Equal(7, (await bot.Get<Communities.ISettingsStore>().GetAsync("g1", CancellationToken.None)).Live.NudgeInactiveDays);
    }

    private static Task<NudgeRun> RunAsync(LiveHarness bot) => bot.Get<NudgeService>().RunAsync("g1", CancellationToken.None);

    private static Events Now(LiveHarness bot) => new(bot.Clock.GetUtcNow(), "g1", "discord");

    /// <summary>
    /// "drifter" took part 20 days ago; since then alice's docker question drew two replies and two reactions, dave's
    /// SQL question one reply, and a thread drifter replied to themselves is not news to them.
    /// </summary>
    private static async Task<LiveHarness> DriftedCommunityAsync()
    {
        var bot = await LiveHarness.StartAsync();
        var e = bot.Events;
        await bot.StoreAsync(
            e.Message("drifter", 21 * Day, "I am learning docker and sql this month", id: "d1"),
            e.Message("drifter", 20 * Day, "docker compose finally clicked for me", id: "d2"),
            e.Message("old", 19 * Day, "a thread drifter started before they left", id: "t0"),
            e.Message("alice", 3 * Day, "How do I deploy docker containers to production without downtime?", id: "q1"),
            e.Message("bob", 3 * Day - TimeSpan.FromHours(1), "rolling updates with compose or swarm", replyTo: "q1", id: "q1-r1"),
            e.Message("carol", 3 * Day - TimeSpan.FromHours(2), "blue green works well for us", replyTo: "q1-r1", id: "q1-r2"),
            e.Reaction("dave", "q1", 3 * Day - TimeSpan.FromHours(3)),
            e.Reaction("bob", "q1-r2", 3 * Day - TimeSpan.FromHours(3), "🔥"),
            e.Message("dave", 2 * Day, "Which SQL index helps a slow report query?", id: "q2"),
            e.Message("alice", 2 * Day - TimeSpan.FromHours(1), "a covering index on the filter columns", replyTo: "q2", id: "q2-r1"),
            e.Message("erin", Day, "hello all", id: "lonely"));
        return bot;
    }
}
