using CommunityBot.Core.Commands;
using CommunityBot.Telegram.Replies;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using Microsoft.Extensions.DependencyInjection;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramReplyTests
{
    private const string Hostile = "*_[]()~>#+-=|{}.! <b>bold</b> &amp; @everyone `code`";

    [Fact]
    public async Task Reply_HostileMemberName_EscapedAcceptedAndShownVerbatim()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, null,
            new ScriptedCommand("t_board", MemberRole.Member, call => new Reply($"1. {call.UserName} 120 points") { Title = "Top <members>" }));

        api.PushUpdate(Command(1, 50, "/t_board", fromName: Hostile));
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Equal("HTML", sent.Text("parse_mode"), ignoreCase: true);
        var visible = TelegramHtmlChecker.VisibleText(sent.Text("text")!, out var error);
        Assert.Null(error);
        Assert.Equal($"Top <members>\n1. {Hostile.Replace("@", "@\u2060", StringComparison.Ordinal)} 120 points", visible);
        Assert.DoesNotContain("<b>bold", sent.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_LongerThanOneMessage_SplitAt4096KeyboardOnLastPiece()
    {
        var lines = Enumerable.Range(1, 700).Select(i => $"{i,4}. member <{i}> & co").ToList();
        var text = string.Join('\n', lines);
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, null,
            new ScriptedCommand("t_long", MemberRole.Member, _ => new Reply(text) { Buttons = [new ReplyButton("More", "t_page:2")] }));

        api.PushUpdate(Command(1, 50, "/t_long"));
        await api.WaitForCallAsync("sendMessage", c => c.Json("reply_markup") is not null);

        var pieces = api.CallsOf("sendMessage");
        Assert.True(pieces.Count >= 4);
        Assert.All(pieces, p => Assert.InRange(p.Text("text")!.Length, 1, TelegramReplyRenderer.MessageLimit));
        var visible = pieces.Select(p => TelegramHtmlChecker.VisibleText(p.Text("text")!, out _)!).ToList();
        Assert.Equal(text, string.Join('\n', visible));
        Assert.All(pieces.SkipLast(1), p => Assert.Null(p.Json("reply_markup")));
        Assert.NotNull(pieces[0].Json("reply_parameters"));
    }

    [Fact]
    public void Split_OneHugeWordWithEmoji_NeverBreaksASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("👍", 5000));

        var pieces = TelegramReplyRenderer.Split(text, 4096);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p =>
        {
            Assert.InRange(p.Length, 1, 4096);
            Assert.False(char.IsHighSurrogate(p[^1]));
        });
    }

    [Fact]
    public async Task Reply_TooManyRequestsThenSuccess_DeliveredAfterRetryAfter()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        api.FailNext("sendMessage", ApiFailure.TooManyRequests(1));

        api.PushUpdate(Command(1, 50, "/t_member"));
        await api.WaitForCallAsync("sendMessage", c => api.CallsOf("sendMessage").Count == 2);

        var attempts = api.CallsOf("sendMessage");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Text("text"), attempts[1].Text("text"));
        Assert.True(host.Logs.Contains("retrying in 1 s"));
    }

    [Fact]
    public async Task Reply_WithImage_UploadedAsMultipartPhoto()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, null,
            new ScriptedCommand("t_chart", MemberRole.Member, _ => new Reply("Activity this month") { Files = [new ReplyFile("chart.png", png)] }));
        api.FailNext("sendPhoto", ApiFailure.TooManyRequests(1));

        api.PushUpdate(Command(1, 50, "/t_chart"));
        await api.WaitForCallAsync("sendPhoto", c => c.Files.Count > 0 && api.CallsOf("sendPhoto").Count == 2);

        var photo = api.CallsOf("sendPhoto")[^1];
        Assert.Equal(png, photo.Files["photo"]);
        Assert.Equal(GroupId, photo.Long("chat_id"));
        Assert.Equal(png, api.CallsOf("sendPhoto")[0].Files["photo"]);
    }

    [Fact]
    public async Task Reply_WithDocument_SentAsDocumentNotPhoto()
    {
        byte[] json = "{\"events\":[]}"u8.ToArray();
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, null,
            new ScriptedCommand("t_export", MemberRole.Member, _ => new Reply("Your export") { Files = [new ReplyFile("export.json", json)] }));

        api.PushUpdate(Command(1, 50, "/t_export"));
        var document = await api.WaitForCallAsync("sendDocument", c => c.Files.Count > 0);

        Assert.Equal(json, document.Files["document"]);
        Assert.Empty(api.CallsOf("sendPhoto"));
    }

    [Fact]
    public async Task SendAsync_ToForumTopic_PostsInTopicAndReturnsMessageId()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        var platform = host.Services.GetServices<Core.Platform.IChatPlatform>().Single(p => p.Platform == "telegram");

        var id = await platform.SendAsync(new Core.Platform.ChannelRef("telegram", "-1001234567890", "-1001234567890/85"),
            new Reply("Weekly digest"), CancellationToken.None);

        var sent = Assert.Single(api.CallsOf("sendMessage"));
        Assert.Equal(85, sent.Long("message_thread_id"));
        Assert.Equal("true", sent.Json("link_preview_options")!["is_disabled"]!.ToJsonString());
        Assert.Equal("1001", id);
    }

    [Fact]
    public async Task SendPrivateAsync_MemberStartedTheBot_SentToTheirPrivateChat()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        var platform = host.Services.GetServices<Core.Platform.IChatPlatform>().Single(p => p.Platform == "telegram");

        await platform.SendPrivateAsync("-1001234567890", "555", new Reply("While you were away: <the docker thread>"), CancellationToken.None);

        var sent = Assert.Single(api.CallsOf("sendMessage"));
        Assert.Equal(555, sent.Long("chat_id"));
        Assert.Contains("&lt;the docker thread&gt;", sent.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendPrivateAsync_MemberNeverStartedTheBot_RefusedOnceNotRetried()
    {
        await using var api = await BotApiStandIn.StartAsync();
        api.NeverStarted.Add(556);
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        var platform = host.Services.GetServices<Core.Platform.IChatPlatform>().Single(p => p.Platform == "telegram");

        var refused = await Assert.ThrowsAsync<Core.Platform.PrivateMessageRefusedException>(() =>
            platform.SendPrivateAsync("-1001234567890", "556", new Reply("nudge"), CancellationToken.None));
        var notAUser = await Assert.ThrowsAsync<Core.Platform.PrivateMessageRefusedException>(() =>
            platform.SendPrivateAsync("-1001234567890", "-100", new Reply("nudge"), CancellationToken.None));

        Assert.Contains("can't initiate conversation", refused.Message, StringComparison.Ordinal);
        Assert.Contains("not a Telegram user id", notAUser.Message, StringComparison.Ordinal);
        Assert.Single(api.CallsOf("sendMessage"));
    }
}
