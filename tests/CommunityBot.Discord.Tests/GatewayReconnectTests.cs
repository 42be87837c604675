using System.Diagnostics;
using CommunityBot.Core.Activity;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task Reconnect_ServerSendsOp7_ResumesAtResumeUrlWithLastStoredSequence()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);
        long last = 0;
        for (var i = 0; i < 3; i++)
        {
            last = await first.DispatchAsync("MESSAGE_CREATE", Fixture.Message($"50000000000000020{i}", $"before {i}"));
        }
        await adapter.Store.Stored.WaitAsync(s => s.Count == 3, "three messages stored");

        await first.SendOpAsync(7, null);
        var second = await standIn.NextConnectionAsync();
        var resume = (await second.ExpectAsync(6))["d"]!;
        await second.Received.WaitAsync(_ => second.Session is not null, "the resumed session");
        await second.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000203", "after"));

        await adapter.Store.Stored.WaitAsync(s => s.Count == 4, "the message after the resume");
        Assert.Equal("/resume", second.Path);
        Assert.Equal(first.Session!.Id, (string?)resume["session_id"]);
        Assert.Equal(last, (long)resume["seq"]!);
        Assert.Equal(DiscordStandIn.Token, (string?)resume["token"]);
        Assert.Equal(0, adapter.Store.Duplicates);
    }

    [Fact]
    public async Task Reconnect_SocketDroppedMidStream_ResumesAndStoresEveryEventExactlyOnce()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);

        // The first message stored means READY was handled: a drop before the client reads READY leaves it no session
        // to resume (an RST discards what the socket had not yet handed over), and it rightly identifies afresh.
        await first.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000300", "burst 0"));
        await adapter.Store.Stored.WaitAsync(s => s.Count == 1, "the first message");
        var burst = Enumerable.Range(1, 39).Select(i => first.DispatchAsync("MESSAGE_CREATE", Fixture.Message($"5000000000000003{i:00}", $"burst {i}")));
        await Task.WhenAll(burst);
        first.Drop();

        var second = await standIn.NextConnectionAsync();
        var resume = (await second.ExpectAsync(6))["d"]!;
        var stored = await adapter.Store.Stored.WaitAsync(s => s.Count == 40, "all 40 messages");

        Assert.Equal("/resume", second.Path);
        var (_, resumedFrom) = Assert.Single(standIn.Resumes.Snapshot());
        Assert.Equal(resumedFrom, (long)resume["seq"]!);
        Assert.Equal(40, stored.Select(e => e.MessageId).Distinct().Count());
        Assert.Equal(0, adapter.Store.Duplicates);
        var inDatabase = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        Assert.Equal(40, inDatabase.Count);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_WaitsAndIdentifiesAfresh()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);

        await first.SendOpAsync(9, false);
        var second = await standIn.NextConnectionAsync();
        var identify = await second.ExpectAsync(2);
        await second.SendReadyAsync();
        await second.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000400", "new session"));

        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000400", "a message of the new session");
        Assert.Equal("/gateway", second.Path);
        Assert.Equal(DiscordStandIn.Token, (string?)identify["d"]!["token"]);
        Assert.Empty(standIn.Resumes.Snapshot());
    }

    [Fact]
    public async Task Heartbeat_NoAckFromServer_ClosesZombieAndResumes()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var first = await AdapterHost.ConnectAsync(standIn);
        var seq = await first.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000500", "before the silence"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000500", "the message");

        standIn.AckHeartbeats = false;
        var second = await standIn.NextConnectionAsync();
        standIn.AckHeartbeats = true;
        var resume = (await second.ExpectAsync(6))["d"]!;

        Assert.NotEmpty(first.Heartbeats.Snapshot());
        Assert.Contains(adapter.Logs.Entries.Snapshot(), e => e.Message.Contains("zombie", StringComparison.Ordinal));
        Assert.Equal("/resume", second.Path);
        Assert.Equal(seq, (long)resume["seq"]!);
    }

    [Fact]
    public async Task Identify_SessionStartLimitExhausted_WaitsForResetBeforeIdentifying()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.SessionStartRemaining = 0;
        standIn.SessionResetAfterMs = 300;
        var started = Stopwatch.GetTimestamp();
        await using var adapter = await AdapterHost.StartAsync(standIn);

        var peer = await standIn.NextConnectionAsync();
        await peer.ExpectAsync(2);

        var lookups = standIn.Requests.Snapshot().Where(r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lookups.Count);
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(300), "identified before the limit reset");
    }
}
