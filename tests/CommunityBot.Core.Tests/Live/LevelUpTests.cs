using CommunityBot.Core.Commands;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Live;

public sealed class LevelUpTests
{
    [Fact]
    public async Task LiveMessages_CrossLevelOne_AnnouncedOnceWhereItHappened()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();

        await bot.StoreAsync(bot.LiveMessages("u1", 7, channel: "chat"));
        await bot.PassAsync();
        await bot.PassAsync();

        var (to, reply) = Assert.Single(bot.Chat.Sent);
        Assert.Equal(new ChannelRef("discord", "g1", "chat"), to);
        Assert.StartsWith("🎉 Name of u1 reached level 1!", reply.Text, StringComparison.Ordinal);
        Assert.Contains("points to the next level", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_SameLevel_NotAnnouncedAgain()
    {
        using var folder = new TempFolder();
        var file = folder.File("live.db");
        await using (var first = await LiveHarness.StartAsync(file))
        {
            await first.BaselineAsync();
            await first.StoreAsync(first.LiveMessages("u1", 7));
            await first.PassAsync();
            Assert.Single(first.Chat.Sent);
        }

        await using var second = await LiveHarness.StartAsync(file);
        await second.StoreAsync(second.Events.Message("u1", TimeSpan.FromSeconds(1), "one more live message", id: "after-restart"));
        await second.PassAsync();
        await second.StoreAsync(second.Events.Message("u1", TimeSpan.Zero, "and another one right after it", id: "after-restart-2"));
        await second.PassAsync();

        Assert.Empty(second.Chat.Sent);
    }

    [Fact]
    public async Task ImportedHistoryAndXpAdjust_CrossManyLevels_PostNothing()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync("u1");

        // History read in by an import (old times, the import platform) and a huge adjustment by an admin.
        var history = Enumerable.Range(0, 300).Select(i => bot.Events.Message("u1", TimeSpan.FromDays(5) + TimeSpan.FromMinutes(2 * i),
            $"history message {i}", id: "hist-" + i) with { Platform = "import" }).ToArray();
        await bot.StoreAsync(history);
        await bot.PassAsync();
        var adjusted = await bot.AskAsync("admin", "/xp adjust u1 100000 migration from the old bot", MemberRole.Admin);
        await bot.PassAsync();

        Assert.False(adjusted.IsError, adjusted.Text);
        Assert.Matches(@"level 3[45]\.", adjusted.Text); // over 100,000 points: level 34 or more
        Assert.Empty(bot.Chat.Sent);

        // The loop is live all the same: another member's live crossing is announced.
        await bot.StoreAsync(bot.LiveMessages("u2", 7));
        await bot.PassAsync();
        Assert.Contains("Name of u2 reached level 1", Assert.Single(bot.Chat.Sent).Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportedXp_Crosses100Levels_OfAMemberWhoJustChatted_PostsNothing()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync("u1");
        await bot.StoreAsync(bot.LiveMessages("u1", 1));
        await bot.PassAsync();
        var before = bot.Chat.Sent.Count;

        await bot.StoreAsync(new CommunityBot.Core.Activity.ActivityEvent
        {
            Kind = CommunityBot.Core.Activity.EventKind.XpAdjusted, Platform = "import", Community = "g1", User = "u1", At = bot.Events.Now.AddDays(-30),
            Value = CommunityBot.Core.Engagement.LevelCurve.TotalFor(101), Detail = "points from the old bot", Nonce = "import-1",
        });
        await bot.PassAsync();
        var profile = await bot.AskAsync("u1", "/profile");

        Assert.Matches(@"level 10[1-9] ", profile.Text);
        Assert.Equal(before, bot.Chat.Sent.Count);
    }

    [Fact]
    public async Task SeveralCrossings_OneMessagePerChannel_NextHeldForTheGap()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();

        await bot.StoreAsync([.. bot.LiveMessages("u1", 7), .. bot.LiveMessages("u2", 7), .. bot.LiveMessages("u3", 7)]);
        await bot.PassAsync();
        var first = Assert.Single(bot.Chat.Sent).Reply;
        Assert.Equal(3, first.Text.Split('\n').Length);

        await bot.StoreAsync(bot.LiveMessages("u4", 7));
        await bot.PassAsync();
        Assert.Single(bot.Chat.Sent); // within 5 s of the last one: held

        bot.Clock.Advance(TimeSpan.FromSeconds(5));
        await bot.PassAsync();
        Assert.Equal(2, bot.Chat.Sent.Count);
        Assert.Contains("Name of u4 reached level 1", bot.Chat.Sent[1].Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileName_NeverPingsOrHidesText()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();
        var template = await bot.AskAsync("admin", "/levelup template @here {user} is now level {level}{title}", MemberRole.Admin);

        await bot.StoreAsync(bot.LiveMessages("u1", 7, name: "@everyone <@&123> **bold**\u202Eevil\u200B\nline"));
        await bot.PassAsync();

        Assert.False(template.IsError, template.Text);
        var text = Assert.Single(bot.Chat.Sent).Reply.Text;
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Equal("＠here ＠everyone <＠&123> **bold**evil line is now level 1", text);
    }

    [Fact]
    public async Task SwitchedOff_OrHidden_NothingPosted_ChannelSetting_Respected()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();
        await bot.AskAsync("admin", "/levelup off", MemberRole.Admin);
        await bot.StoreAsync(bot.LiveMessages("u1", 7));
        await bot.PassAsync();
        Assert.Empty(bot.Chat.Sent);

        await bot.AskAsync("admin", "/levelup on", MemberRole.Admin);
        await bot.AskAsync("admin", "/levelup channel <#555>", MemberRole.Admin);
        await bot.Get<IPrivacyStore>().SetAsync("g1", "u2", PrivacyChoice.Hidden, CancellationToken.None);
        await bot.StoreAsync([.. bot.LiveMessages("u2", 7), .. bot.LiveMessages("u3", 7)]);
        await bot.PassAsync();

        var (to, reply) = Assert.Single(bot.Chat.Sent);
        Assert.Equal("555", to.Channel);
        Assert.DoesNotContain("u2", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Name of u3", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_UnknownPlaceholderOrMember_RefusedAndUnchanged()
    {
        await using var bot = await LiveHarness.StartAsync();

        var bad = await bot.AskAsync("admin", "/levelup template {user} got {points}", MemberRole.Admin);
        var member = await bot.AskAsync("u1", "/levelup off");
        var show = await bot.AskAsync("admin", "/levelup show", MemberRole.Admin);

        Assert.True(bad.IsError);
        Assert.Contains("{points}", bad.Text, StringComparison.Ordinal);
        Assert.True(member.IsError);
        Assert.Contains("announcements: on", show.Text, StringComparison.Ordinal);
        Assert.Contains(Core.Communities.LiveSettings.DefaultLevelUpTemplate, show.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LevelTitle_ShownInAnnouncementProfileAndBoard()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();
        var saved = await bot.AskAsync("admin", "/leveltitle 1 Regular", MemberRole.Admin);

        await bot.StoreAsync(bot.LiveMessages("u1", 7));
        await bot.PassAsync();
        var profile = await bot.AskAsync("u1", "/profile");
        var board = await bot.AskAsync("u1", "/leaderboard all");

        Assert.Contains("level 1+: Regular", saved.Text, StringComparison.Ordinal);
        Assert.Contains("reached level 1 (Regular)!", Assert.Single(bot.Chat.Sent).Reply.Text, StringComparison.Ordinal);
        Assert.Contains("level 1 Regular", profile.Text, StringComparison.Ordinal);
        Assert.Contains("(level 1, Regular)", board.Text, StringComparison.Ordinal);
        Assert.True((await bot.AskAsync("admin", "/leveltitle 0 Zero", MemberRole.Admin)).IsError);
    }

    [Fact]
    public async Task RefusedPost_Logged_LaterAnnouncementsStillSent()
    {
        await using var bot = await LiveHarness.StartAsync();
        await bot.BaselineAsync();
        bot.Chat.FailNext = 1;

        await bot.StoreAsync(bot.LiveMessages("u1", 7));
        await bot.PassAsync();
        bot.Clock.Advance(TimeSpan.FromSeconds(5));
        await bot.StoreAsync(bot.LiveMessages("u2", 7));
        await bot.PassAsync();

        var (_, reply) = Assert.Single(bot.Chat.Sent);
        Assert.Contains("Name of u2", reply.Text, StringComparison.Ordinal);
    }
}
