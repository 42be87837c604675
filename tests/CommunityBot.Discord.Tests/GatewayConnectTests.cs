using System.Text.Json.Nodes;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Tests;

public sealed class GatewayConnectTests
{
    [Fact]
    public async Task Start_FreshSession_IdentifiesReadiesAndLearnsTheGuild()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);

        var peer = await standIn.NextConnectionAsync();
        var identify = (await peer.ExpectAsync(2))["d"]!;
        await peer.SendReadyAsync();
        await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000100", "hello"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000100", "the first message");

        Assert.Equal("/gateway", peer.Path);
        Assert.Equal(DiscordStandIn.Token, (string?)identify["token"]);
        Assert.Equal(GatewayIntents.Required, (int)identify["intents"]!);
        Assert.Equal(1 | 2 | 512 | 1024 | 32768, (int)identify["intents"]!);
        Assert.Equal("[0,1]", identify["shard"]!.ToJsonString());
        var session = adapter.Services.GetRequiredService<GatewayShards>().Session(0);
        Assert.Equal(DiscordStandIn.BotUserId, session.BotUserId);
        Assert.Equal(DiscordStandIn.ApplicationId, session.ApplicationId);
        var guilds = adapter.Services.GetRequiredService<DiscordGuildDirectory>();
        Assert.Equal("Course Makers", guilds.GuildName(Fixture.GuildId));
        Assert.Equal("general", guilds.ChannelName(Fixture.GeneralChannel));
        Assert.Equal("Helpers", guilds.RoleName(Fixture.HelperRole));
    }

    [Fact]
    public async Task Heartbeat_HelloInterval_BeatsWithLastSequenceAndAnswersServerRequestAtOnce()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.HeartbeatIntervalMs = 60_000;
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);
        var seq = await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000101", "hi"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000101", "the message");

        // With a one-minute interval the only heartbeat within the test is the answer to the server's op 1.
        await peer.SendOpAsync(1, null);

        var beats = await peer.Heartbeats.WaitAsync(b => b.Contains(seq), "a heartbeat carrying the last sequence");
        Assert.Contains(seq, beats);
    }

    [Fact]
    public async Task Dispatch_UnknownEventsAndFields_IgnoredAndLaterEventsStored()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        await peer.DispatchAsync("SOME_FUTURE_EVENT", new JsonObject { ["whatever"] = new JsonArray(1, 2) });
        await peer.DispatchAsync("MESSAGE_CREATE", new JsonObject { ["id"] = 5, ["bad"] = true });
        await peer.DispatchAsync("MESSAGE_REACTION_ADD", null);
        var message = Fixture.Message("500000000000000102", "still here");
        message["brand_new_field"] = new JsonObject { ["nested"] = "value" };
        await peer.DispatchAsync("MESSAGE_CREATE", message);

        var stored = await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000102", "the message after the odd ones");
        Assert.Equal("still here", stored.Text);
        Assert.Single(adapter.Store.Stored.Snapshot());
        Assert.True(peer.Received.Snapshot().Count == 1, "the adapter stayed on its first connection");
        Assert.Contains(adapter.Logs.Entries.Snapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains("MESSAGE_CREATE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Close_DisallowedIntents4014_StopsWithDeveloperPortalMessage()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.PrivilegedIntentsEnabled = false;
        await using var adapter = await AdapterHost.StartAsync(standIn);

        var peer = await standIn.NextConnectionAsync();
        await peer.ExpectAsync(2);

        var fatal = await adapter.Logs.Entries.WaitForAsync(e => e.Level == LogLevel.Critical, "the fatal log line");
        Assert.Contains("4014", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("Developer Portal", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("MESSAGE CONTENT INTENT", fatal.Message, StringComparison.Ordinal);
        Assert.Contains("SERVER MEMBERS INTENT", fatal.Message, StringComparison.Ordinal);
        Assert.Single(standIn.Peers.Snapshot());
    }

    [Fact]
    public async Task Start_TokenRejected401_StopsWithResetTokenMessage()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:Token"] = "wrong-token" });

        var fatal = await adapter.Logs.Entries.WaitForAsync(e => e.Level == LogLevel.Critical, "the fatal log line");

        Assert.Contains("Reset Token", fatal.Message, StringComparison.Ordinal);
        var request = Assert.Single(standIn.Requests.Snapshot());
        Assert.Equal(401, request.Status);
        Assert.Empty(standIn.Peers.Snapshot());
    }
}
