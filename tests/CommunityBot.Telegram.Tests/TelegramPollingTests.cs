using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramPollingTests
{
    [Fact]
    public async Task Polling_EveryUpdateKind_StoredAndAskedForByAllowedUpdates()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(1, 10, "how do I deploy with docker?"));
        api.PushUpdate(Edited(2, 10, "how do I deploy with docker compose?", Date + 30));
        api.PushUpdate(Reaction(3, 10, "", "👍"));
        api.PushUpdate(ReactionCount(4, 11));
        api.PushUpdate(ChatMember(5, 555, "left", "member"));
        api.PushUpdate(NewMembers(6, 12, 601));
        api.PushUpdate(LeftMember(7, 13, 602));
        api.PushUpdate(Callback(8, "q1", 1001, "t_page:2"));
        await store.WaitUntilAsync(e => e.Count >= 9);

        var kinds = store.Stored.Select(e => e.Kind).ToList();
        Assert.Equal(
            [EventKind.Message, EventKind.Edit, EventKind.ReactionAdded, EventKind.ReactionAdded, EventKind.ReactionAdded,
             EventKind.Join, EventKind.Join, EventKind.Leave, EventKind.CommandUsed],
            kinds);
        var firstPoll = api.CallsOf("getUpdates")[0];
        Assert.False(firstPoll.Parameters.ContainsKey("offset"));
        var allowed = firstPoll.Json("allowed_updates")!.AsArray().Select(n => (string)n!).ToHashSet();
        Assert.Equal(
            ["message", "edited_message", "message_reaction", "message_reaction_count", "chat_member", "callback_query"],
            allowed);
    }

    [Fact]
    public async Task Polling_OffsetConfirmsOnlyStoredUpdates()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var storing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        store.BeforeAppend = () => { storing.TrySetResult(); release.Wait(TimeSpan.FromSeconds(15)); };
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(41, 10, "first"));
        await storing.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var confirmedWhileStoring = api.ConfirmedOffset;
        release.Set();
        await store.WaitUntilAsync(e => e.Count == 1);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 42);

        Assert.True(confirmedWhileStoring < 42);
        Assert.Equal(42, api.ConfirmedOffset);
    }

    [Fact]
    public async Task Polling_CrashBeforeStoreThenRestart_StoredExactlyOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.BeforeAppend = () => { failed.TrySetResult(); throw new IOException("disk gone"); };
        var first = await TelegramTestHost.StartAsync(api, store);
        api.PushUpdate(Text(7, 70, "survives a crash"));
        await failed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await first.DisposeAsync();
        store.BeforeAppend = null;

        await using (var second = await TelegramTestHost.StartAsync(api, store))
        {
            await store.WaitUntilAsync(e => e.Count >= 1);
            await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 8);
        }

        Assert.Equal("70", Assert.Single(store.Stored).MessageId);
        Assert.Equal(8, api.ConfirmedOffset);
    }

    [Fact]
    public async Task Polling_CrashAfterStoreBeforeConfirm_RedeliveryStoredOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var crashed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        store.AfterAppend = () => { crashed.TrySetResult(); throw new IOException("power cut after the write"); };
        var first = await TelegramTestHost.StartAsync(api, store);
        api.PushUpdate(Text(9, 90, "stored, never confirmed"));
        await crashed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await first.DisposeAsync();
        store.AfterAppend = null;

        await using (var second = await TelegramTestHost.StartAsync(api, store))
        {
            await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 10);
        }

        Assert.Single(store.Stored);
    }

    [Fact]
    public async Task Polling_UpdatesSentWhileTheBotWasDown_StoredOnStartAndConfirmed()
    {
        // Telegram keeps unconfirmed updates for 24 hours: what members wrote while the bot was stopped arrives on start.
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await (await TelegramTestHost.StartAsync(api, store)).DisposeAsync();
        api.PushUpdate(Text(20, 200, "written while the bot was down"));
        api.PushUpdate(Text(21, 201, "a second one"));
        api.PushUpdate(Reaction(22, 200, "", "👍"));

        await using (var restarted = await TelegramTestHost.StartAsync(api, store))
        {
            await store.WaitUntilAsync(e => e.Count >= 3);
            await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 23);
        }

        Assert.Equal(["200", "201", "200"], store.Stored.Select(e => e.MessageId));
        Assert.Equal([EventKind.Message, EventKind.Message, EventKind.ReactionAdded], store.Stored.Select(e => e.Kind));
        Assert.Equal(23, api.ConfirmedOffset);
    }

    [Fact]
    public async Task Polling_SameMessageInTwoUpdates_StoredOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(1, 10, "hello"));
        api.PushUpdate(Text(2, 10, "hello"));
        api.PushUpdate(Text(3, 11, "world"));
        await store.WaitUntilAsync(e => e.Count >= 2);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 4);

        Assert.Equal(["10", "11"], store.Stored.Select(e => e.MessageId));
    }

    [Fact]
    public async Task Polling_MalformedUpdate_LoggedSkippedAndLoopGoesOn()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(20, 200, "before"));
        api.PushUpdate(Text(21, 201, "broken").Replace($"\"date\":{Date + 201}", "\"date\":\"yesterday\"", StringComparison.Ordinal));
        api.PushUpdate(Text(22, 202, "after"));
        await store.WaitUntilAsync(e => e.Count >= 2);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 23);
        api.PushUpdate(Text(23, 203, "next batch"));
        await store.WaitUntilAsync(e => e.Count >= 3);

        Assert.Equal(["200", "202", "203"], store.Stored.Select(e => e.MessageId));
        Assert.True(host.Logs.Contains("Skipped Telegram update 21"));
    }

    [Fact]
    public async Task Polling_DirectMessages_NeverStored()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);

        api.PushUpdate(Text(1, 5, "hi bot, a private question", chat: Private(AliceId)));
        api.PushUpdate(Text(2, 6, "in the group"));
        await store.WaitUntilAsync(e => e.Count >= 1);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 3);

        Assert.Equal("6", Assert.Single(store.Stored).MessageId);
    }
}
