using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramRoutingTests
{
    [Fact]
    public async Task Route_UpdateReadableButIncomplete_SkippedAndBatchStillStored()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate($$"""{"update_id":30,"message":{"message_id":300,"from":{{User(AliceId, "Alice")}},"date":{{Date}},"text":"no chat"} }""");
        api.PushUpdate(Text(31, 301, "fine"));
        await store.WaitUntilAsync(e => e.Count >= 1);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 32);

        Assert.Equal("301", Assert.Single(store.Stored).MessageId);
        Assert.True(host.Logs.Contains("Skipped Telegram update 30"));
    }

    [Fact]
    public async Task Route_EditedCommand_NotStoredAsAnEdit()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Edited(1, 40, "/t_member typo", Date + 100).Replace("\"text\":", """
            "entities":[{"offset":0,"length":9,"type":"bot_command"}],"text":
            """, StringComparison.Ordinal));
        api.PushUpdate(Edited(2, 41, "a real edit", Date + 100));
        await store.WaitUntilAsync(e => e.Count >= 1);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 3);

        var edit = Assert.Single(store.Stored);
        Assert.Equal(EventKind.Edit, edit.Kind);
        Assert.Equal("41", edit.MessageId);
    }

    [Fact]
    public async Task Command_AnonymousAdministrator_IsAdmin()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Command(1, 50, "/t_admin", from: 1087968824, fromName: "Group").Replace("\"chat\":", $$"""
            "sender_chat":{{Fixtures.TelegramUpdates.Group()}},"chat":
            """, StringComparison.Ordinal));
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Contains("as Admin", sent.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BotApiUnreachable_FailsNamingTheServer()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var settings = TelegramTestHost.Settings(api);
        settings["Telegram:ApiBaseUrl"] = "http://127.0.0.1:1";
        var logs = new CapturedLogs();
        await using var app = TelegramTestHost.Build(settings, store, logs);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.StartsWith("Could not reach the Telegram Bot API at http://127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(BotApiStandIn.Token.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_TooManyRequests_WaitsRetryAfterThenReceives()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        api.FailNext("getUpdates", ApiFailure.TooManyRequests(1));
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(1, 10, "after the pause"));
        await store.WaitUntilAsync(e => e.Count == 1);

        Assert.True(host.Logs.Contains("trying again in 1 s"));
        Assert.True(api.CallsOf("getUpdates").Count >= 2);
    }
}
