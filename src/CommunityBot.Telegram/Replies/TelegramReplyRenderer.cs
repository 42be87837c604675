using CommunityBot.Core.Commands;
using Telegram.Bot.Types.ReplyMarkups;

namespace CommunityBot.Telegram.Replies;

/// <summary>Renders a neutral reply as Telegram HTML messages of at most 4,096 characters and an inline keyboard.</summary>
internal static class TelegramReplyRenderer
{
    public const int MessageLimit = 4096;
    private const int ButtonsPerRow = 3;

    public static IReadOnlyList<string> Render(Reply reply)
    {
        var head = reply.Title is { Length: > 0 } title ? "<b>" + TelegramHtml.Escape(title) + "</b>\n" : "";
        if (reply.IsError)
        {
            head = "⚠️ " + head;
        }
        var chunks = Split(reply.Text, MessageLimit - head.Length).Select(TelegramHtml.Escape).ToList();
        if (chunks.Count == 0)
        {
            chunks.Add("");
        }
        chunks[0] = head + chunks[0];
        if (chunks[0].Length == 0)
        {
            chunks[0] = "…"; // Telegram refuses empty messages
        }
        return chunks;
    }

    public static InlineKeyboardMarkup? Keyboard(Reply reply) =>
        reply.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(reply.Buttons.Chunk(ButtonsPerRow).Select(row => row.Select(b => b.Url is { } url
                ? InlineKeyboardButton.WithUrl(b.Label, url)
                : InlineKeyboardButton.WithCallbackData(b.Label, b.Action))));

    /// <summary>
    /// Splits plain text so each piece, once escaped, fits <paramref name="limit"/>: at the last line break that
    /// fits, else the last space, else anywhere but inside a surrogate pair. The separator it splits at is dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int limit)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var size = 0;
            while (end < text.Length && size + TelegramHtml.EscapedLength(text[end]) <= limit)
            {
                size += TelegramHtml.EscapedLength(text[end]);
                end++;
            }
            if (end == text.Length)
            {
                pieces.Add(text[start..]);
                break;
            }
            var cut = LastIndexOf(text, '\n', start, end);
            cut = cut > start ? cut : LastIndexOf(text, ' ', start, end);
            if (cut > start)
            {
                pieces.Add(text[start..cut]);
                start = cut + 1;
                continue;
            }
            if (char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }
            pieces.Add(text[start..end]);
            start = end;
        }
        return pieces;
    }

    private static int LastIndexOf(string text, char c, int start, int end) =>
        text.LastIndexOf(c, end, end - start + 1);
}
