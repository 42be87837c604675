using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramCommandTests
{
    [Fact]
    public async Task Command_MemberRunsMemberCommand_RepliesToTheMessage()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 50, "/t_member@CommunityTestBot hello world"));
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Equal(GroupId, sent.Long("chat_id"));
        Assert.Equal("t_member for Alice as Member in -1001234567890 dm=False args=hello world", sent.Text("text"));
        Assert.Equal(50, (long)sent.Json("reply_parameters")!["message_id"]!);
        await store.WaitUntilAsync(e => e.Count == 1);
        var used = Assert.Single(store.Stored);
        Assert.Equal(EventKind.CommandUsed, used.Kind);
        Assert.Equal("t_member", used.Detail);
    }

    [Fact]
    public async Task Command_MemberRunsAdminCommand_RefusedAndNothingRuns()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 51, "/t_admin reset everything"));
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Contains("/t_admin is for admins only", sent.Text("text"), StringComparison.Ordinal);
        Assert.Equal(GroupId, (await api.WaitForCallAsync("getChatAdministrators")).Long("chat_id"));
    }

    [Fact]
    public async Task Command_ChatAdministrator_RunsAdminCommandAndListIsCached()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.AddAdministrator(GroupId, AdminId, "Ada");
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 52, "/t_admin", from: AdminId, fromName: "Ada"));
        api.PushUpdate(Command(2, 53, "/t_mod", from: AdminId, fromName: "Ada"));
        var admin = await api.WaitForCallAsync("sendMessage", c => c.Text("text")!.StartsWith("t_admin", StringComparison.Ordinal));
        var moderator = await api.WaitForCallAsync("sendMessage", c => c.Text("text")!.StartsWith("t_mod", StringComparison.Ordinal));

        Assert.Contains("as Admin", admin.Text("text"), StringComparison.Ordinal);
        Assert.Contains("as Admin", moderator.Text("text"), StringComparison.Ordinal);
        Assert.Single(api.CallsOf("getChatAdministrators"));
    }

    [Fact]
    public async Task Command_ChatCreator_IsAdmin()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.AddAdministrator(GroupId, AdminId, "Ada", creator: true);
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 52, "/t_admin", from: AdminId, fromName: "Ada"));

        Assert.Contains("as Admin", (await api.WaitForCallAsync("sendMessage")).Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_ConfiguredModerator_RunsModeratorCommandButNotAdmin()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store,
            s => s["Telegram:Moderators:0"] = BobId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        api.PushUpdate(Command(1, 60, "/t_mod", from: BobId, fromName: "Bob"));
        var allowed = await api.WaitForCallAsync("sendMessage");
        api.PushUpdate(Command(2, 61, "/t_admin", from: BobId, fromName: "Bob"));
        var refused = await api.WaitForCallAsync("sendMessage", c => c.Text("text")!.Contains("admins only", StringComparison.Ordinal));

        Assert.Equal("t_mod for Bob as Moderator in -1001234567890 dm=False args=", allowed.Text("text"));
        Assert.Equal(BobId, refused.Long("chat_id")); // the refusal is Bob's business, sent to his private chat
    }

    [Fact]
    public async Task Command_PrivateAnswerForAMemberWhoNeverStartedTheBot_GroupGetsANoteWithoutTheData()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.NeverStarted.Add(BobId);
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 62, "/t_admin", from: BobId, fromName: "Bob"));
        var note = await api.WaitForCallAsync("sendMessage", c => c.Long("chat_id") == GroupId);

        Assert.Equal(62, (long)note.Json("reply_parameters")!["message_id"]!);
        Assert.Contains("Bob, that answer is for you alone", note.Text("text"), StringComparison.Ordinal);
        Assert.DoesNotContain("admins only", note.Text("text"), StringComparison.Ordinal);
        Assert.Equal("https://t.me/CommunityTestBot", (string)note.Json("reply_markup")!["inline_keyboard"]![0]![0]!["url"]!);
        Assert.Single(api.CallsOf("sendMessage"), c => c.Long("chat_id") == BobId); // the refused private attempt, once
    }

    [Fact]
    public async Task Command_ForAnotherBot_IgnoredAndNotStored()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 70, "/t_member@SomeOtherBot"));
        api.PushUpdate(Command(2, 71, "/t_member@communitytestbot"));
        var sent = await api.WaitForCallAsync("sendMessage");
        await store.WaitUntilAsync(e => e.Count >= 1);

        Assert.Equal(71, (long)sent.Json("reply_parameters")!["message_id"]!);
        Assert.Single(api.CallsOf("sendMessage"));
        Assert.Equal("71", Assert.Single(store.Stored).MessageId);
    }

    [Fact]
    public async Task Command_DirectMessage_OwnCommandsWorkOthersRefusedNothingStored()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.AddAdministrator(GroupId, AdminId, "Ada");
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 5, "/t_member", chat: Private(AliceId)));
        api.PushUpdate(Command(2, 6, "/t_admin", from: AdminId, fromName: "Ada", chat: Private(AdminId)));
        var own = await api.WaitForCallAsync("sendMessage", c => c.Long("chat_id") == AliceId);
        var admin = await api.WaitForCallAsync("sendMessage", c => c.Long("chat_id") == AdminId);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 3);

        Assert.Equal("t_member for Alice as Member in 111111111 dm=True args=", own.Text("text"));
        Assert.Contains("admins only", admin.Text("text"), StringComparison.Ordinal);
        Assert.Empty(store.Stored);
        Assert.Empty(api.CallsOf("getChatAdministrators"));
    }

    [Fact]
    public async Task Command_InForumTopic_AnsweredInTheTopic()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 90, "/t_member").Replace("\"text\":", "\"message_thread_id\":85,\"is_topic_message\":true,\"text\":", StringComparison.Ordinal));
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Equal(85, sent.Long("message_thread_id"));
    }

    [Fact]
    public async Task Command_FloodByOneMember_OneSlowDownThenSilence_OthersStillAnswered()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, s =>
        {
            s["Commands:RateLimit:Calls"] = "3";
            s["Commands:RateLimit:WindowSeconds"] = "600";
        });

        for (var i = 0; i < 8; i++)
        {
            api.PushUpdate(Command(1 + i, 60 + i, "/t_member flood"));
        }
        api.PushUpdate(Command(20, 80, "/t_member calm", from: BobId, fromName: "Bob"));
        await api.WaitForCallAsync("sendMessage", c => (c.Text("text") ?? "").Contains("for Bob", StringComparison.Ordinal));
        await Task.Delay(300); // the flood's updates came first; anything they would still send has been sent

        var texts = api.CallsOf("sendMessage").Select(c => c.Text("text") ?? "").ToList();
        Assert.Equal(3, texts.Count(t => t.Contains("for Alice", StringComparison.Ordinal)));
        Assert.Single(texts, t => t.Contains("slow down", StringComparison.Ordinal));
        Assert.Equal(5, texts.Count);
    }
}
