using System.Net;
using CommunityBot.Core.Activity;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

/// <summary>
/// Webhook mode behind a load balancer: two bot hosts on one real PostgreSQL database, each accepting any update.
/// Telegram sends an update again when it got no answer, and the balancer may give the copy to the other host:
/// the database's uniqueness on each event's key keeps it stored once.
/// </summary>
public sealed class TelegramLoadBalancerTests
{
    private const string Secret = "balanced-Secret_42";

    [Fact]
    public async Task TwoHostsOneDatabase_EveryUpdateAndItsRedeliveryOnTheOtherHost_StoredOnce()
    {
        var database = PostgresServer.CreateDatabase();
        await using var api = await BotApiStandIn.StartAsync();
        using var probe = new StoreProbe(); // counts what the store reports as new, across both hosts
        void Balanced(Dictionary<string, string?> s)
        {
            s["Telegram:Mode"] = "webhook";
            s["Telegram:WebhookSecret"] = Secret;
            s[TestStorage.PostgresSetting] = database;
        }
        await using var a = await TelegramTestHost.StartAsync(api, probe, Balanced);
        await using var b = await TelegramTestHost.StartAsync(api, probe, Balanced);
        using var toA = new HttpClient { BaseAddress = a.BaseAddress };
        using var toB = new HttpClient { BaseAddress = b.BaseAddress };
        var updates = Enumerable.Range(0, 30).Select(i => Text(1000 + i, 100 + i, $"message number {i}", from: i % 2 == 0 ? AliceId : BobId))
            .Append(Edited(1030, 100, "message number 0, edited", Date + 900))
            .Append(Reaction(1031, 101, "", "🔥"))
            .ToList();

        // The balancer spreads the updates over both hosts at once; then Telegram re-sends every one (its answers
        // were lost) and each copy lands on the other host.
        var first = await Task.WhenAll(updates.Select((u, i) => PostAsync(i % 2 == 0 ? toA : toB, u, Secret)));
        var again = await Task.WhenAll(updates.Select((u, i) => PostAsync(i % 2 == 0 ? toB : toA, u, Secret)));
        var forged = await PostAsync(toB, Text(1099, 199, "forged"), "not-the-secret");

        Assert.All(first.Concat(again), r => Assert.Equal(HttpStatusCode.OK, r));
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(updates.Count, probe.Stored.Count);
        Assert.Equal(updates.Count, probe.Stored.Select(EventKey.For).Distinct(StringComparer.Ordinal).Count());
        var community = Assert.Single(probe.Stored.Select(e => e.Community).Distinct());
        foreach (var host in new[] { a, b })
        {
            var stored = await host.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(community, null, CancellationToken.None);
            Assert.Equal(updates.Count, stored.Count); // both hosts read the one database
        }
        Assert.DoesNotContain(probe.Stored, e => e.MessageId == "199");
    }

    [Fact]
    public async Task TwoHostsOneDatabase_ACommandAndItsRedeliveryOnTheOtherHost_AnsweredOnce()
    {
        var database = PostgresServer.CreateDatabase();
        await using var api = await BotApiStandIn.StartAsync();
        using var probe = new StoreProbe();
        void Balanced(Dictionary<string, string?> s)
        {
            s["Telegram:Mode"] = "webhook";
            s["Telegram:WebhookSecret"] = Secret;
            s[TestStorage.PostgresSetting] = database;
        }
        await using var a = await TelegramTestHost.StartAsync(api, probe, Balanced);
        await using var b = await TelegramTestHost.StartAsync(api, probe, Balanced);
        using var toA = new HttpClient { BaseAddress = a.BaseAddress };
        using var toB = new HttpClient { BaseAddress = b.BaseAddress };
        var command = Command(1200, 300, "/t_member");

        Assert.Equal(HttpStatusCode.OK, await PostAsync(toA, command, Secret));
        await api.WaitForCallAsync("sendMessage");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(toB, command, Secret)); // Telegram lost A's answer and re-sent it
        Assert.Equal(HttpStatusCode.OK, await PostAsync(toB, Command(1201, 301, "/t_member", from: BobId, fromName: "Bob"), Secret));
        await api.WaitForCallAsync("sendMessage", c => c.Text("text")?.Contains("Bob", StringComparison.Ordinal) == true);

        // B answers in the order it received: the copy came first, so by Bob's answer it was skipped, not pending.
        Assert.Equal(2, api.CallsOf("sendMessage").Count);
        Assert.True(b.Logs.Contains("was answered already"));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string update, string secret)
    {
        using var response = await TelegramWebhookTests.PostAsync(http, update, secret);
        return response.StatusCode;
    }
}
