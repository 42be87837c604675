using CommunityBot.Core.Activity;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

public sealed class CaptureTests
{
    private static readonly string[] EveryEvent =
    [
        "MESSAGE_CREATE:message_create", "MESSAGE_CREATE:message_create_reply", "MESSAGE_CREATE:message_create_bot",
        "MESSAGE_UPDATE:message_update", "MESSAGE_DELETE:message_delete", "MESSAGE_DELETE_BULK:message_delete_bulk",
        "MESSAGE_REACTION_ADD:message_reaction_add", "MESSAGE_REACTION_REMOVE:message_reaction_remove",
        "MESSAGE_REACTION_REMOVE_ALL:message_reaction_remove_all", "MESSAGE_REACTION_REMOVE_EMOJI:message_reaction_remove_emoji",
        "GUILD_MEMBER_ADD:guild_member_add", "GUILD_MEMBER_REMOVE:guild_member_remove", "THREAD_CREATE:thread_create",
    ];

    [Fact]
    public async Task Dispatch_EveryCapturedEventKind_StoredInLiteDbAsActivityEvents()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        foreach (var entry in EveryEvent)
        {
            var (type, fixture) = (entry.Split(':')[0], entry.Split(':')[1]);
            await peer.DispatchAsync(type, Fixture.Load(fixture));
        }
        await adapter.Store.Stored.WaitAsync(s => s.Count == 14, "fourteen events");
        var events = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);

        Assert.Equal(14, events.Count);
        Assert.All(events, e => Assert.Equal("discord", e.Platform));
        var question = Assert.Single(events, e => e.Kind == EventKind.Message && e.MessageId == "500000000000000001");
        Assert.Equal((Fixture.Alice, "Alice", Fixture.GeneralChannel, 1), (question.User, question.UserName, question.Channel, question.Attachments));
        Assert.Equal([Fixture.Bob], question.Mentions);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), question.At);
        var reply = Assert.Single(events, e => e.MessageId == "500000000000000002" && e.Kind == EventKind.Message);
        Assert.Equal(("500000000000000001", "Bobby"), (reply.ReplyTo, reply.UserName));
        Assert.True(Assert.Single(events, e => e.MessageId == "500000000000000003").IsBot);
        Assert.Equal("how do I deploy with docker compose?", Assert.Single(events, e => e.Kind == EventKind.Edit).Text);
        Assert.Equal(["500000000000000002", "500000000000000004", "500000000000000005"],
            events.Where(e => e.Kind == EventKind.Delete).Select(e => e.MessageId).Order());
        var added = Assert.Single(events, e => e.Kind == EventKind.ReactionAdded);
        Assert.Equal((Fixture.Bob, "👍", "500000000000000001"), (added.User, added.Emoji, added.MessageId));
        var removed = events.Where(e => e.Kind == EventKind.ReactionRemoved).ToList();
        Assert.Contains(removed, e => e.User == Fixture.Bob && e.Emoji == "partyparrot:700000000000000001");
        Assert.Contains(removed, e => e.User == "*" && e.Detail == "remove_all" && e.Emoji is null);
        Assert.Contains(removed, e => e.User == "*" && e.Detail == "remove_emoji" && e.Emoji == "🔥");
        var join = Assert.Single(events, e => e.Kind == EventKind.Join);
        Assert.Equal(("200000000000000003", new DateTimeOffset(2026, 11, 2, 11, 0, 0, TimeSpan.Zero)), (join.User, join.At));
        Assert.Equal("200000000000000003", Assert.Single(events, e => e.Kind == EventKind.Leave).User);
        var thread = Assert.Single(events, e => e.ThreadStart);
        Assert.Equal(("1311000000000000000", Fixture.Bob, "kubernetes questions"), (thread.Channel, thread.User, thread.Text));
    }

    [Fact]
    public async Task Dispatch_DirectMessageAndSystemMessage_NotStored()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);

        var direct = Fixture.Message("500000000000000800", "hi bot, in private");
        direct.Remove("guild_id");
        direct.Remove("member");
        var pinned = Fixture.Message("500000000000000801", "");
        pinned["type"] = 6;
        await peer.DispatchAsync("MESSAGE_CREATE", direct);
        await peer.DispatchAsync("MESSAGE_CREATE", pinned);
        await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000802", "in the guild"));

        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000802", "the guild message");
        var events = await adapter.Services.GetRequiredService<IActivityStore>().ReadCommunityAsync(Fixture.GuildId, null, CancellationToken.None);
        Assert.Equal(["500000000000000802"], events.Select(e => e.MessageId));
    }
}
