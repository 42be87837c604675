using CommunityBot.Core.Commands;
using CommunityBot.Telegram.Replies;
using CommunityBot.Telegram.Tests.StandIn;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramReplyRendererTests
{
    [Fact]
    public void Split_EscapesNearTheLimit_EveryPieceFitsOnceEscaped()
    {
        var text = string.Concat(Enumerable.Repeat("a&b<c> ", 1500));

        var chunks = TelegramReplyRenderer.Render(new Reply(text));

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, TelegramReplyRenderer.MessageLimit));
        Assert.Equal(text.TrimEnd(), string.Join(' ', chunks.Select(c => TelegramHtmlChecker.VisibleText(c, out _))).TrimEnd());
    }

    [Fact]
    public void Render_ErrorWithTitle_MarkedAndTitleBold()
    {
        var chunks = TelegramReplyRenderer.Render(Reply.Error("Nope") with { Title = "Weights <admin>" });

        Assert.Equal("⚠️ <b>Weights &lt;admin&gt;</b>\nNope", Assert.Single(chunks));
    }

    [Fact]
    public void Keyboard_UrlAndActionButtons_RowsOfThree()
    {
        var reply = new Reply("Pick") { Buttons = [.. Enumerable.Range(1, 4).Select(i => new ReplyButton($"B{i}", $"rec:up:{i}")),
            new ReplyButton("Course page", "", "https://courses.example.org/docker")] };

        var rows = TelegramReplyRenderer.Keyboard(reply)!.InlineKeyboard.Select(r => r.ToList()).ToList();

        Assert.Equal([3, 2], rows.Select(r => r.Count));
        Assert.Equal("rec:up:1", rows[0][0].CallbackData);
        Assert.Equal("https://courses.example.org/docker", rows[1][1].Url);
        Assert.Null(TelegramReplyRenderer.Keyboard(new Reply("no buttons")));
    }
}
