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
    public static IEnumerable<ExportRecord> Read(JsonElement root, string? communityOverride)
    {
        var chats = root.TryGetProperty("chats", out var all) && all.TryGetProperty("list", out var list) ? list.EnumerateArray().ToList() : [root];
        long position = 0;
        foreach (var chat in chats)
        {
            var type = chat.TryGetProperty("type", out var t) ? t.GetString() : null;
            var messages = chat.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Array ? m.EnumerateArray().ToList() : [];
            if (type is "personal_chat" or "bot_chat" or "saved_messages")
            {
                position += messages.Count;
                yield return new ExportRecord(position, ParsedLine.Ignore($"{messages.Count} messages of a private chat (not community activity)"));
                continue;
            }
            var community = communityOverride ?? (chat.TryGetProperty("id", out var id) ? id.GetRawText() : "telegram-import");
            foreach (var message in messages)
            {
                position++;
                foreach (var parsed in TelegramExportMessage.Translate(new JsonFields(message), community, community))
                {
                    yield return new ExportRecord(position, parsed);
                }
            }
        }
    }

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
