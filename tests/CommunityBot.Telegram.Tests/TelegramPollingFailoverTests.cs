using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using CommunityBot.TestKit;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

/// <summary>
/// Polling mode with two instances on one PostgreSQL database. Telegram serves one getUpdates at a time (the
/// stand-in answers a second with 409, as Telegram does): one instance holds the polling lease and polls, the
/// other stands by, and takes over when the poller stops.
/// </summary>
public sealed class TelegramPollingFailoverTests
{
    [Fact]
    public async Task TwoInstancesPolling_OnePollsAtATime_AndTheOtherTakesOverWhenItStops()
    {
        var database = PostgresServer.CreateDatabase();
        await using var api = await BotApiStandIn.StartAsync();
        using var probe = new StoreProbe();
        void Shared(Dictionary<string, string?> s)
        {
            s[TestStorage.PostgresSetting] = database;
            s["Telegram:PollTimeoutSeconds"] = "1";
            s["Telegram:PollingStandbyRetry"] = "00:00:00.200";
        }
        var first = await TelegramTestHost.StartAsync(api, probe, Shared);
        await api.WaitForCallAsync("getUpdates"); // the first instance holds the lease before the second starts
        await using var second = await TelegramTestHost.StartAsync(api, probe, Shared);

        for (var i = 0; i < 10; i++)
        {
            api.PushUpdate(Text(2000 + i, 300 + i, $"before the switch {i}"));
        }
        await probe.WaitUntilAsync(s => s.Count >= 10);
        await Task.Delay(1500); // the standby retried several times meanwhile
        Assert.True(second.Logs.Contains("stands by to take over"), "the second instance should wait for the lease");
        await first.DisposeAsync(); // the poller stops: its lease is let go
        for (var i = 10; i < 20; i++)
        {
            api.PushUpdate(Text(2000 + i, 300 + i, $"after the switch {i}"));
        }
        await probe.WaitUntilAsync(s => s.Count >= 20);

        Assert.Equal(0, api.Conflicts);
        Assert.True(second.Logs.Contains("now receives the Telegram updates"));
        Assert.Equal(20, probe.Stored.Select(e => e.MessageId).Distinct().Count());
    }
}
