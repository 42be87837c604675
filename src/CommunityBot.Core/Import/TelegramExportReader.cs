using System.Globalization;
using System.Text.Json;
using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>
/// Reads Telegram Desktop's "Export chat history" result.json: one chat ("messages" at the root) or a full export
/// ("chats.list"). Private chats are skipped (direct messages are not community activity). Dates come from the
/// *_unixtime fields because "date" is the exporting computer's local time without an offset.
/// </summary>
public static class TelegramExportReader
{
    public static IEnumerable<ExportRecord> Read(IEnumerable<ExportItem> export, string? communityOverride)
    {
        var (chats, community, privateChat, privateMessages, cutOff) = (0, "", false, 0L, false);
        long position = 0;
        foreach (var item in export)
        {
            switch (item)
            {
                case ExportChat chat:
                    if (privateChat)
                    {
                        yield return PrivateChat(position, privateMessages);
                    }
                    chats++;
                    privateChat = chat.Str("type") is "personal_chat" or "bot_chat" or "saved_messages";
                    privateMessages = 0;
                    community = communityOverride ?? chat.Str("id") ?? "telegram-import";
                    break;
                case ExportMessage { Message: var message } when chats > 0:
                    position++;
                    if (privateChat)
                    {
                        privateMessages++;
                        break;
                    }
                    foreach (var parsed in message.ValueKind == JsonValueKind.Object ? TelegramExportMessage.Translate(new JsonFields(message), community, community) : [ParsedLine.Reject("not a JSON object")])
                    {
                        yield return new ExportRecord(position, parsed);
                    }
                    break;
                case ExportCut cut:
                    cutOff = true;
                    if (privateChat)
                    {
                        yield return PrivateChat(position, privateMessages);
                        privateChat = false;
                    }
                    yield return new ExportRecord(position + 1, ParsedLine.Reject(cut.Describe(position)));
                    break;
            }
        }
        if (privateChat)
        {
            yield return PrivateChat(position, privateMessages);
        }
        if (chats == 0 && !cutOff)
        {
            yield return new ExportRecord(0, ParsedLine.Reject("not a Telegram Desktop export (no \"messages\" at the top or in \"chats.list\")"));
        }
    }

    private static ExportRecord PrivateChat(long position, long messages) =>
        new(position, ParsedLine.Ignore($"{messages} messages of a private chat (not community activity)"));

    internal static DateTimeOffset? UnixTime(JsonFields f, string name) =>
        long.TryParse(f.Str(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Older exports carry only "date", the exporting computer's local time; it is read as UTC (hours may be off, days are right).</summary>
    internal static DateTimeOffset? LocalDate(string? date) =>
        DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;

    internal static ActivityEvent Base(EventKind kind, string community, string channel, string user, string? name, DateTimeOffset at) => new()
    {
        Kind = kind, Platform = "telegram", Community = community, Channel = channel, User = user, UserName = SafeText.Clean(name), At = at,
    };
}
