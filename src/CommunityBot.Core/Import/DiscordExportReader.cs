using System.Globalization;
using System.Text.Json;
using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>
/// Reads a DiscordChatExporter JSON export (one channel or thread per file). Direct-message exports are skipped;
/// reactions exported as bare counts (no "users") cannot be attributed to a member and are skipped with a note.
/// </summary>
public static class DiscordExportReader
{
    public static IEnumerable<ExportRecord> Read(JsonElement root, string? communityOverride)
    {
        var f = new JsonFields(root);
        var guild = f.Object("guild") is { } g ? new JsonFields(g) : default;
        var channel = f.Object("channel") is { } c ? new JsonFields(c) : default;
        var messages = f.Array("messages");
        if (f.Object("guild") is null || f.Object("channel") is null)
        {
            yield return new ExportRecord(0, ParsedLine.Reject("not a DiscordChatExporter JSON export (no \"guild\" and \"channel\")"));
            yield break;
        }
        if (guild.Str("id") is null or "0")
        {
            yield return new ExportRecord(messages.Count, ParsedLine.Ignore($"{messages.Count} direct messages (not community activity)"));
            yield break;
        }
        var community = communityOverride ?? guild.Str("id")!;
        var channelId = channel.Str("id") ?? "";
        long position = 0;
        foreach (var message in messages)
        {
            position++;
            foreach (var parsed in Translate(new JsonFields(message), community, channelId))
            {
                yield return new ExportRecord(position, parsed);
            }
        }
    }

    private static List<ParsedLine> Translate(JsonFields m, string community, string channel)
    {
        var author = m.Object("author") is { } a ? new JsonFields(a) : default;
        var user = m.Object("author") is null ? null : author.Str("id");
        var id = m.Str("id");
        if (user is null || id is null || !DateTimeOffset.TryParse(m.Str("timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return [ParsedLine.Reject(user is null ? "message without an author id" : id is null ? "missing \"id\"" : "missing or invalid \"timestamp\"")];
        }
        var name = author.Str("nickname") ?? author.Str("name");
        var basic = new ActivityEvent
        {
            Kind = EventKind.Message, Platform = "discord", Community = community, Channel = channel, User = user,
            UserName = SafeText.Clean(name), IsBot = author.Bool("isBot"), At = at.ToUniversalTime(),
        };
        return m.Str("type") switch
        {
            "Default" or "Reply" or "ThreadCreated" => Message(m, basic, id),
            "GuildMemberJoin" => [ParsedLine.Ok(basic with { Kind = EventKind.Join })],
            var other => [ParsedLine.Ignore($"system message \"{other}\"")],
        };
    }

    private static List<ParsedLine> Message(JsonFields m, ActivityEvent basic, string id)
    {
        var text = SafeText.Clean(m.Str("content")) ?? "";
        if (text.Length > JsonlEventParser.MaxTextLength)
        {
            return [ParsedLine.Reject($"content is {text.Length} characters; the limit is {JsonlEventParser.MaxTextLength}")];
        }
        var message = basic with
        {
            MessageId = id, Text = text, Length = text.Length, ThreadStart = m.Str("type") == "ThreadCreated",
            ReplyTo = m.Object("reference") is { } r ? new JsonFields(r).Str("messageId") : null,
            Attachments = m.Array("attachments").Count,
            Mentions = m.Array("mentions").Select(x => new JsonFields(x).Str("id")).OfType<string>().ToList(),
        };
        var events = new List<ParsedLine> { ParsedLine.Ok(message) };
        if (DateTimeOffset.TryParse(m.Str("timestampEdited"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var edited))
        {
            events.Add(ParsedLine.Ok(message with { Kind = EventKind.Edit, At = edited.ToUniversalTime() }));
        }
        foreach (var reaction in m.Array("reactions").Select(r => new JsonFields(r)))
        {
            var emoji = reaction.Object("emoji") is { } e ? new JsonFields(e).Str("name") ?? "?" : "?";
            var users = reaction.Array("users");
            if (users.Count == 0)
            {
                events.Add(ParsedLine.Ignore("reaction count without reactors"));
            }
            events.AddRange(users.Select(u => new JsonFields(u)).Where(u => u.Str("id") is not null).Select(u => ParsedLine.Ok(basic with
            {
                Kind = EventKind.ReactionAdded, User = u.Str("id")!, UserName = SafeText.Clean(u.Str("nickname") ?? u.Str("name")),
                IsBot = u.Bool("isBot"), MessageId = id, Emoji = emoji,
            })));
        }
        return events;
    }
}
