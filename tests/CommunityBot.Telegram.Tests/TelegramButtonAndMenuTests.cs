using System.Text.Json.Nodes;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramButtonAndMenuTests
{
    [Fact]
    public async Task Button_PagePressed_EditsMessageInPlaceThenAnswers()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 80, "/t_pages"));
        var board = await api.WaitForCallAsync("sendMessage");
        var next = board.Json("reply_markup")!["inline_keyboard"]![0]![1]!;
        Assert.Equal("Next ▶", (string)next["text"]!);
        api.PushUpdate(Callback(2, "cbq-1", 1001, (string)next["callback_data"]!));
        var edit = await api.WaitForCallAsync("editMessageText");
        var answer = await api.WaitForCallAsync("answerCallbackQuery");

        Assert.Equal(1001, edit.Long("message_id"));
        Assert.Equal(GroupId, edit.Long("chat_id"));
        Assert.Contains("Page 2:", edit.Text("text"), StringComparison.Ordinal);
        Assert.Equal("t_page:3", (string)edit.Json("reply_markup")!["inline_keyboard"]![0]![1]!["callback_data"]!);
        Assert.Equal("cbq-1", answer.Text("callback_query_id"));
        await store.WaitUntilAsync(e => e.Any(x => x.Detail == "button:t_page:2"));
    }

    [Fact]
    public async Task Button_AnswerForThePresserAlone_ShownAsTheirNoticeSharedMessageUntouched()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Callback(1, "cbq-vote", 1003, "t_vote:up"));
        var answer = await api.WaitForCallAsync("answerCallbackQuery");

        Assert.Equal(("cbq-vote", "Noted up for Alice"), (answer.Text("callback_query_id"), answer.Text("text")));
        Assert.Empty(api.CallsOf("editMessageText"));
        Assert.Empty(api.CallsOf("sendMessage"));
    }

    [Fact]
    public async Task Button_UnknownAction_AnsweredWithNoticeMessageUntouched()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Callback(1, "cbq-2", 1001, "gone:1"));
        var answer = await api.WaitForCallAsync("answerCallbackQuery");

        Assert.Contains("no longer supported", answer.Text("text"), StringComparison.Ordinal);
        Assert.Empty(api.CallsOf("editMessageText"));
    }

    [Fact]
    public async Task Menus_OnStart_MemberCommandsByDefaultAllForChatAdministrators()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        var byScope = api.CallsOf("setMyCommands").ToDictionary(
            c => (string)c.Json("scope")!["type"]!,
            c => c.Json("commands")!.AsArray().Select(n => (string)n!["command"]!).ToList());

        Assert.Equal(byScope["default"], byScope["all_private_chats"]);
        Assert.Contains("profile", byScope["default"]);
        Assert.Contains("leaderboard", byScope["default"]);
        Assert.Contains("t_member", byScope["default"]);
        Assert.DoesNotContain("weights", byScope["default"]);
        Assert.DoesNotContain("t_mod", byScope["default"]);
        Assert.DoesNotContain("t_admin", byScope["default"]);
        Assert.Superset(byScope["default"].ToHashSet(), byScope["all_chat_administrators"].ToHashSet());
        Assert.Contains("weights", byScope["all_chat_administrators"]);
        Assert.Contains("t_mod", byScope["all_chat_administrators"]);
        Assert.Contains("t_admin", byScope["all_chat_administrators"]);
        Assert.All(api.CallsOf("setMyCommands"), c => Assert.All(c.Json("commands")!.AsArray(),
            n => Assert.InRange(((string)n!["description"]!).Length, 1, 256)));
        Assert.IsType<JsonArray>(api.CallsOf("setMyCommands")[0].Json("commands"));
    }
}
