using System.Text;
using System.Text.Json;
using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>One message of a Telegram export → events (message, its edit, reactions from "recent", joins).</summary>
internal static class TelegramExportMessage
{
    public static IEnumerable<ParsedLine> Translate(JsonFields f, string community, string channel)
    {
        var at = TelegramExportReader.UnixTime(f, "date_unixtime") ?? TelegramExportReader.LocalDate(f.Str("date"));
        if (at is null)
        {
            return [ParsedLine.Reject("missing \"date_unixtime\" and \"date\"")];
        }
        return f.Str("type") switch
        {
            "message" => Message(f, community, channel, at.Value),
            "service" => Service(f, community, channel, at.Value),
            var other => [ParsedLine.Reject($"unknown message type \"{other}\"")],
        };
    }

    private static List<ParsedLine> Message(JsonFields f, string community, string channel, DateTimeOffset at)
    {
        var user = f.Str("from_id");
        var id = f.Str("id");
        if (user is null || id is null)
        {
            return [ParsedLine.Reject(user is null ? "no sender id (deleted account or anonymous admin)" : "missing \"id\"")];
        }
        var text = SafeText.Clean(TextOf(f)) ?? "";
        if (text.Length > JsonlEventParser.MaxTextLength)
        {
            return [ParsedLine.Reject($"text is {text.Length} characters; the limit is {JsonlEventParser.MaxTextLength}")];
        }
        var message = TelegramExportReader.Base(EventKind.Message, community, channel, user, f.Str("from"), at) with
        {
            MessageId = id, ReplyTo = f.Str("reply_to_message_id"), Text = text, Length = text.Length,
            Attachments = f.Str("media_type") is not null || f.Str("photo") is not null || f.Str("file") is not null ? 1 : 0,
        };
        var events = new List<ParsedLine> { ParsedLine.Ok(message) };
        if (TelegramExportReader.UnixTime(f, "edited_unixtime") is { } edited)
        {
            events.Add(ParsedLine.Ok(message with { Kind = EventKind.Edit, At = edited }));
        }
        events.AddRange(Reactions(f, community, channel, id));
        return events;
    }

    private static IEnumerable<ParsedLine> Reactions(JsonFields f, string community, string channel, string messageId)
    {
        foreach (var reaction in f.Array("reactions"))
        {
            var r = new JsonFields(reaction);
            var emoji = r.Str("emoji") ?? r.Str("document_id") ?? "?";
            var recent = r.Array("recent");
            if (recent.Count == 0)
            {
                yield return ParsedLine.Ignore("reaction count without reactors");
            }
            foreach (var who in recent.Select(x => new JsonFields(x)))
            {
                var user = who.Str("from_id");
                var at = TelegramExportReader.UnixTime(who, "date_unixtime") ?? TelegramExportReader.UnixTime(f, "date_unixtime");
                if (user is not null && at is not null)
                {
                    yield return ParsedLine.Ok(TelegramExportReader.Base(EventKind.ReactionAdded, community, channel, user, who.Str("from"), at.Value) with
                    {
                        MessageId = messageId, Emoji = emoji,
                    });
                }
            }
        }
    }

    private static IEnumerable<ParsedLine> Service(JsonFields f, string community, string channel, DateTimeOffset at)
    {
        var actor = f.Str("actor_id");
        return f.Str("action") switch
        {
            "join_group_by_link" or "join_group_by_request" when actor is not null =>
                [ParsedLine.Ok(TelegramExportReader.Base(EventKind.Join, community, channel, actor, f.Str("actor"), at))],
            var action => [ParsedLine.Ignore($"service message \"{action}\"")],
        };
    }

    /// <summary>"text" is a string, or an array of strings and {type, text} parts (links, mentions, formatting).</summary>
    private static string? TextOf(JsonFields f)
    {
        var parts = f.Array("text");
        if (parts.Count == 0)
        {
            return f.Str("text") ?? f.Str("sticker_emoji");
        }
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.ValueKind == JsonValueKind.String ? part.GetString() : new JsonFields(part).Str("text"));
        }
        return text.ToString();
    }
}
