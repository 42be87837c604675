using System.Globalization;
using System.Text.Json.Nodes;
using CommunityBot.Core.Activity;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

/// <summary>Messages sent while the bot was away are read back through REST when a new session starts.</summary>
public sealed class BackfillTests
{
    private const long DiscordEpochMs = 1_420_070_400_000;

    [Fact]
    public async Task NewSessionAfterAGap_250MessagesReadBackInPages_WithReactions_NoDoubles()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        // Heartbeats are not what this checks: at 200 ms a late ACK on a loaded CI machine can make the client resume a
        // zombied connection before the scripted INVALID_SESSION reaches it (most likely how CI failed once: a RESUME
        // of the first session where an IDENTIFY was expected).
        standIn.HeartbeatIntervalMs = 5000;
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);
        var lastSeen = DateTimeOffset.UtcNow.AddHours(-2);
        var before = HistoryMessage(lastSeen, 0, "the last message the bot saw");
        await first.DispatchAsync("MESSAGE_CREATE", WithGuild(before));
        await adapter.Store.Stored.WaitAsync(s => s.Count == 1, "the message before the gap");
        var gap = Enumerable.Range(1, 250).Select(i => HistoryMessage(lastSeen, i, $"written while the bot was away, number {i}", i % 2 == 0 ? Fixture.Bob : Fixture.Alice)).ToList();
        gap[9]["reactions"] = new JsonArray(new JsonObject { ["count"] = 2, ["emoji"] = new JsonObject { ["id"] = null, ["name"] = "👍" } });
        standIn.ReactionUsersOf[$"{Fixture.GeneralChannel}/{(string)gap[9]["id"]!}/👍"] =
            [User(Fixture.Bob, "Bob"), User("200000000000000003", "Carol")];
        standIn.ChannelHistory[Fixture.GeneralChannel] = [before, .. gap];

        await BackfillOf(adapter); // the first session's run: nothing stored yet, nothing read
        adapter.Services.GetRequiredService<HistoryBackfill>().Runs.Clear();
        await first.SendOpAsync(9, false); // the session cannot be resumed: a fresh one, with GUILD_CREATE
        var second = await standIn.NextConnectionAsync();
        await second.ExpectAsync(2);
        await second.SendReadyAsync();
        await second.DispatchAsync("MESSAGE_CREATE", WithGuild(gap[^1])); // live and read back: stored once
        var result = await BackfillOf(adapter);

        var stored = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        Assert.Equal(251, stored.Count(e => e.Kind == EventKind.Message));
        Assert.Equal(251, stored.Where(e => e.Kind == EventKind.Message).Select(e => e.MessageId).Distinct().Count());
        var reactions = stored.Where(e => e.Kind == EventKind.ReactionAdded).ToList();
        Assert.Equal([Fixture.Bob, "200000000000000003"], reactions.Select(r => r.User).Order(StringComparer.Ordinal));
        Assert.All(reactions, r => Assert.Equal(((string)gap[9]["id"]!, "👍"), (r.MessageId!, r.Emoji!)));
        Assert.Equal(251, result.Read); // the overlap re-reads the last message seen
        var pages = standIn.Requests.Snapshot().Where(r => r.Method == "GET" && r.Path.EndsWith($"/channels/{Fixture.GeneralChannel}/messages", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.All(pages, p => Assert.Equal(("100", 200), (p.Query["limit"], p.Status)));
        Assert.Equal(Snowflake.At(lastSeen - TimeSpan.FromMinutes(1)), pages[0].Query["after"]);
        Assert.Equal((string)gap[98]["id"]!, pages[1].Query["after"]); // oldest first: the page's newest id is where the next starts
    }

    [Fact]
    public async Task GuildNewToTheBot_NoHistoryRead()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.ChannelHistory[Fixture.GeneralChannel] = [HistoryMessage(DateTimeOffset.UtcNow.AddDays(-1), 1, "before the bot joined")];
        await using var adapter = await AdapterHost.StartAsync(standIn);
        await AdapterHost.ConnectAsync(standIn);

        var result = await BackfillOf(adapter);

        Assert.Equal(0, result.Read);
        Assert.DoesNotContain(standIn.Requests.Snapshot(), r => r.Method == "GET" && r.Path.EndsWith("/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelWithoutAccess_Skipped_OtherChannelsStillRead()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);
        var lastSeen = DateTimeOffset.UtcNow.AddHours(-1);
        await first.DispatchAsync("MESSAGE_CREATE", WithGuild(HistoryMessage(lastSeen, 0, "seen")));
        await adapter.Store.Stored.WaitAsync(s => s.Count == 1, "the message before the gap");
        standIn.ChannelHistory[Fixture.GeneralChannel] = [HistoryMessage(lastSeen, 1, "missed")];
        standIn.FailNext(new Fault("GET", "/channels/" + Fixture.GeneralChannel + "/messages", 403));
        var guild = Fixture.Load("guild_create");
        guild["channels"]!.AsArray().Add(new JsonObject { ["id"] = "100000000000000011", ["type"] = 0, ["guild_id"] = Fixture.GuildId, ["name"] = "news" });
        standIn.ChannelHistory["100000000000000011"] = [HistoryMessage(lastSeen, 2, "missed in news", channel: "100000000000000011")];

        await BackfillOf(adapter);
        adapter.Services.GetRequiredService<HistoryBackfill>().Runs.Clear();
        await first.SendOpAsync(9, false);
        var second = await standIn.NextConnectionAsync();
        await second.ExpectAsync(2);
        await second.SendReadyAsync(guild);
        var result = await BackfillOf(adapter);

        Assert.Equal(1, result.Read);
        Assert.Contains(adapter.Logs.Entries.Snapshot(), e => e.Message.Contains($"channel {Fixture.GeneralChannel} of guild {Fixture.GuildId}: no access", StringComparison.Ordinal));
        var stored = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        Assert.Contains(stored, e => e.Text == "missed in news");
    }

    private static async Task<BackfillResult> BackfillOf(AdapterHost adapter)
    {
        var backfill = adapter.Services.GetRequiredService<HistoryBackfill>();
        for (var i = 0; i < 100 && !backfill.Runs.ContainsKey(Fixture.GuildId); i++)
        {
            await Task.Delay(50);
        }
        return await backfill.Runs[Fixture.GuildId].WaitAsync(TimeSpan.FromSeconds(20));
    }

    /// <summary>A message as REST returns it (no guild_id), its id a real snowflake of its time.</summary>
    private static JsonObject HistoryMessage(DateTimeOffset start, int n, string text, string author = Fixture.Alice, string channel = Fixture.GeneralChannel)
    {
        var at = start.AddSeconds(n);
        var id = (((ulong)(at.ToUnixTimeMilliseconds() - DiscordEpochMs)) << 22).ToString(CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = id, ["channel_id"] = channel, ["type"] = 0, ["content"] = text,
            ["author"] = User(author, author == Fixture.Bob ? "Bob" : "Alice"),
            ["timestamp"] = at.ToString("O", CultureInfo.InvariantCulture), ["edited_timestamp"] = null,
            ["mentions"] = new JsonArray(), ["attachments"] = new JsonArray(),
        };
    }

    private static JsonObject WithGuild(JsonObject message)
    {
        var live = message.DeepClone().AsObject();
        live["guild_id"] = Fixture.GuildId;
        return live;
    }

    private static JsonObject User(string id, string name) =>
        new() { ["id"] = id, ["username"] = name.ToLowerInvariant(), ["global_name"] = name, ["discriminator"] = "0" };
}
