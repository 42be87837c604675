using System.Globalization;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

/// <summary>
/// Two bot processes (two real hosts) split one bot's shards over one PostgreSQL database. The stand-in routes
/// guilds to shards as Discord does and enforces the identify rule: one IDENTIFY per bucket (shard % max_concurrency)
/// per window, whichever process sends it, or close 4008.
/// </summary>
public sealed class ShardingTests
{
    private const int Shards = 4;
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(400);

    /// <summary>Eight guilds, two per shard: shard = (id &gt;&gt; 22) % 4.</summary>
    private static readonly string[] Guilds = [.. Enumerable.Range(0, 8).Select(k => ((1_000_000UL + (ulong)k) << 22).ToString(CultureInfo.InvariantCulture))];

    private static Dictionary<string, string?> Instance(string database, string shardIds) => new()
    {
        ["Discord:ShardCount"] = "auto",
        ["Discord:ShardIds"] = shardIds,
        // Over the stand-in's window by what connecting may take: a turn is taken on the database's clock before connecting.
        ["Discord:IdentifySpacing"] = "00:00:01",
        [TestStorage.PostgresSetting] = database,
    };

    [Fact]
    public async Task AutoShards_TwoProcesses_EachRunsItsShardsInTurnAndStoresOnlyItsGuilds()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.RecommendedShards = Shards;
        standIn.MaxConcurrency = 2;
        standIn.IdentifyWindow = Window;
        standIn.HeartbeatIntervalMs = 5000; // the test answers shards one after another; a short interval is not what it checks
        var database = PostgresServer.CreateDatabase();
        var starting = new[] { AdapterHost.StartAsync(standIn, Instance(database, "0,1")), AdapterHost.StartAsync(standIn, Instance(database, "2-3")) };

        var peers = new Dictionary<int, GatewayPeer>();
        var owned = new Dictionary<int, IReadOnlyList<string>>();
        for (var n = 0; n < Shards; n++)
        {
            var peer = await standIn.NextConnectionAsync(seconds: 20);
            await peer.ExpectAsync(2);
            var (shard, count) = peer.Shard!.Value;
            Assert.Equal(Shards, count);
            peers[shard] = peer;
            owned[shard] = await peer.SendShardReadyAsync(Guilds);
        }
        await using var first = await starting[0];
        await using var second = await starting[1];
        var sent = 0;
        foreach (var (shard, guilds) in owned)
        {
            foreach (var guild in guilds)
            {
                await peers[shard].DispatchAsync("MESSAGE_CREATE", Fixture.MessageIn(guild, (500000000000001000 + sent++).ToString(CultureInfo.InvariantCulture), "hi from " + guild));
            }
        }
        await first.Store.Stored.WaitAsync(s => s.Count >= 4, "the first process's four messages");
        await second.Store.Stored.WaitAsync(s => s.Count >= 4, "the second process's four messages");
        await standIn.Requests.WaitForAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), "the slash commands registered");
        await Task.Delay(500); // a second registration would have arrived by now

        Assert.Equal([0, 1, 2, 3], peers.Keys.Order());
        Assert.Empty(standIn.RateLimitedIdentifies.Snapshot());
        foreach (var bucket in standIn.Identifies.Snapshot().GroupBy(i => i.Shard % 2))
        {
            var times = bucket.Select(i => i.At).Order().ToList();
            Assert.Equal(2, times.Count);
            Assert.True(times[1] - times[0] >= Window, $"bucket {bucket.Key}: identifies {times[1] - times[0]} apart");
        }
        Assert.All(owned.Values, guilds => Assert.Equal(2, guilds.Count));
        Assert.Equal(owned[0].Concat(owned[1]).Order(), first.Store.Stored.Snapshot().Select(e => e.Community).Order());
        Assert.Equal(owned[2].Concat(owned[3]).Order(), second.Store.Stored.Snapshot().Select(e => e.Community).Order());
        Assert.Single(standIn.Requests.Snapshot(), r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal));
        var directory = second.Services.GetRequiredService<DiscordGuildDirectory>();
        Assert.All(owned[2].Concat(owned[3]), g => Assert.NotNull(directory.GuildName(g)));
        Assert.All(owned[0].Concat(owned[1]), g => Assert.Null(directory.GuildName(g)));
    }

    [Fact]
    public async Task AutoShards_IdsBeyondTheRecommendedCount_AdapterStopsSayingWhy()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.RecommendedShards = 2;
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?>
        {
            ["Discord:ShardCount"] = "auto",
            ["Discord:ShardIds"] = "2-3",
        });

        var stopped = await adapter.Logs.Entries.WaitForAsync(e => e.Message.Contains("Discord adapter stopped", StringComparison.Ordinal), "the adapter to stop");

        Assert.Contains("Discord:ShardIds names shard 2, but Discord:ShardCount is 2 (auto: the count Discord recommends)", stopped.Message, StringComparison.Ordinal);
        Assert.Empty(standIn.Peers.Snapshot());
    }

    [Fact]
    public async Task FixedShards_EmptyIds_RunsEveryShardAndOnlyShardZeroRegistersCommands()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:ShardCount"] = "3" });

        var shards = new List<int>();
        for (var n = 0; n < 3; n++)
        {
            var peer = await standIn.NextConnectionAsync();
            await peer.ExpectAsync(2);
            shards.Add(peer.Shard!.Value.Id);
            await peer.SendShardReadyAsync(Guilds);
        }
        await standIn.Requests.WaitForAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), "the slash commands registered");
        await Task.Delay(300);

        Assert.Equal([0, 1, 2], shards.Order());
        Assert.Single(standIn.Requests.Snapshot(), r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal));
    }
}
