using System.Diagnostics;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Discord.Tests;

public sealed class RestTests
{
    private static readonly ChannelRef General = new("discord", Fixture.GuildId, Fixture.GeneralChannel);

    private static IChatPlatform Platform(AdapterHost adapter) => adapter.Services.GetRequiredService<IChatPlatform>();

    private static List<RecordedRequest> MessagePosts(DiscordStandIn standIn) =>
        standIn.Requests.Snapshot().Where(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task SendPrivateAsync_OpensTheDmChannelThenPostsThere()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);

        var id = await Platform(adapter).SendPrivateAsync(Fixture.GuildId, "222333444555666777", new Reply("While you were away: …"), CancellationToken.None);

        var dm = Assert.Single(standIn.Requests.Snapshot(), r => r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal));
        Assert.Equal(("POST", 200, "222333444555666777"), (dm.Method, dm.Status, dm.Body!["recipient_id"]!.GetValue<string>()));
        var post = Assert.Single(MessagePosts(standIn));
        Assert.EndsWith($"/channels/{standIn.DmChannels["222333444555666777"]}/messages", post.Path, StringComparison.Ordinal);
        Assert.Equal("While you were away: …", (string?)post.Embed(callback: false)["description"]);
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task SendPrivateAsync_MemberClosedDms403_RefusedWithoutRetry()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        standIn.FailNext(new Fault("POST", "/messages", 403));

        var refused = await Assert.ThrowsAsync<PrivateMessageRefusedException>(() =>
            Platform(adapter).SendPrivateAsync(Fixture.GuildId, "222333444555666777", new Reply("nudge"), CancellationToken.None));

        Assert.Contains("222333444555666777", refused.Message, StringComparison.Ordinal);
        Assert.Equal([403], MessagePosts(standIn).Select(p => p.Status));
    }

    [Fact]
    public async Task SendAsync_RateLimited429_WaitsRetryAfterThenSucceeds()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        standIn.FailNext(new Fault("POST", "/messages", 429, RetryAfter: 0.4));

        var id = await Platform(adapter).SendAsync(General, new Reply("Weekly digest"), CancellationToken.None);

        var posts = MessagePosts(standIn);
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.True(Stopwatch.GetElapsedTime(posts[0].Timestamp, posts[1].Timestamp) >= TimeSpan.FromSeconds(0.4), "retried before retry_after");
        Assert.False(string.IsNullOrEmpty(id));
    }

    [Fact]
    public async Task SendAsync_GlobalRateLimit_HoldsTheNextRequestToo()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        standIn.FailNext(new Fault("POST", "/messages", 429, RetryAfter: 0.3, Global: true));

        await Platform(adapter).SendAsync(General, new Reply("first"), CancellationToken.None);

        var posts = MessagePosts(standIn);
        Assert.Equal([429, 200], posts.Select(p => p.Status));
        Assert.True(Stopwatch.GetElapsedTime(posts[0].Timestamp, posts[1].Timestamp) >= TimeSpan.FromSeconds(0.3));
    }

    [Fact]
    public async Task SendAsync_ServerError502_RetriedWithBackoff()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        standIn.FailNext(new Fault("POST", "/messages", 502));

        await Platform(adapter).SendAsync(General, new Reply("after a hiccup"), CancellationToken.None);

        Assert.Equal([502, 200], MessagePosts(standIn).Select(p => p.Status));
    }

    [Fact]
    public async Task SendAsync_AttemptHangs_TimesOutAndRetries()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn, new Dictionary<string, string?> { ["Discord:RestAttemptTimeout"] = "00:00:00.300" });
        standIn.FailNext(new Fault("POST", "/messages", Fault.HangStatus) { Hang = TimeSpan.FromSeconds(30) });

        var id = await Platform(adapter).SendAsync(General, new Reply("eventually"), CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(id));
        Assert.Single(MessagePosts(standIn), p => p.Status == 200);
    }

    [Fact]
    public async Task SendAsync_BucketEmptiedByHeaders_WaitsForItsReset()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.MessageBucketResetAfter = 0.4;
        await using var adapter = await AdapterHost.StartAsync(standIn);

        await Platform(adapter).SendAsync(General, new Reply("one"), CancellationToken.None);
        await Platform(adapter).SendAsync(General, new Reply("two"), CancellationToken.None);

        var posts = MessagePosts(standIn);
        Assert.Equal([200, 200], posts.Select(p => p.Status));
        Assert.True(Stopwatch.GetElapsedTime(posts[0].Timestamp, posts[1].Timestamp) >= TimeSpan.FromSeconds(0.4), "sent into an empty bucket");
    }

    [Fact]
    public async Task SendAsync_SevenButtonsAndEveryoneText_TwoRowsAndNoPings()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var reply = new Reply("@everyone the *new* course_list is out: https://example.com/my_course")
        {
            Title = "Digest",
            Buttons = [.. Enumerable.Range(1, 7).Select(i => new ReplyButton($"Course {i}", $"rec:up:c{i}"))],
        };

        await Platform(adapter).SendAsync(General, reply, CancellationToken.None);

        var post = Assert.Single(MessagePosts(standIn));
        Assert.Equal(200, post.Status);
        Assert.Equal("[]", post.Body!["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal(@"@everyone the \*new\* course\_list is out: https://example.com/my_course", (string?)post.Embed(callback: false)["description"]);
        var rows = post.Body["components"]!.AsArray();
        Assert.Equal([5, 2], rows.Select(r => r!["components"]!.AsArray().Count));
    }

    [Fact]
    public async Task SendAsync_ReplyWithImage_PostsMultipartWithPayloadJsonAndFile()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);

        await Platform(adapter).SendAsync(General, new Reply("Trend") { Files = [ChartTestCommand.Chart] }, CancellationToken.None);

        var post = Assert.Single(MessagePosts(standIn));
        Assert.Equal(200, post.Status);
        Assert.True(post.IsMultipart);
        Assert.Equal("files[0]", Assert.Single(post.Files).Field);
        Assert.Equal("attachment://chart.png", post.Body!["embeds"]![0]!["image"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ReplyWithDocument_UploadedButNotShownAsTheEmbedImage()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        byte[] json = "{\"events\":[]}"u8.ToArray();

        await Platform(adapter).SendAsync(General, new Reply("Your data") { Files = [new ReplyFile("mydata-g-u.json", json)] }, CancellationToken.None);

        var post = Assert.Single(MessagePosts(standIn));
        Assert.Equal(200, post.Status);
        Assert.Equal(json, Assert.Single(post.Files).Content);
        Assert.Null(post.Body!["embeds"]![0]!["image"]);
        Assert.Equal("mydata-g-u.json", post.Body!["attachments"]![0]!["filename"]!.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_ChannelOfAnotherGuild_Refused()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        await using var adapter = await AdapterHost.StartAsync(standIn);
        var peer = await AdapterHost.ConnectAsync(standIn);
        // Dispatches are handled in order: once this message is stored, GUILD_CREATE has been read.
        await peer.DispatchAsync("MESSAGE_CREATE", Fixture.Message("500000000000000900", "hi"));
        await adapter.Store.Stored.WaitForAsync(e => e.MessageId == "500000000000000900", "the message after GUILD_CREATE");

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Platform(adapter).SendAsync(General with { Community = "999" }, new Reply("wrong place"), CancellationToken.None));
        Assert.Empty(MessagePosts(standIn));
    }
}
