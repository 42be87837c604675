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
    public static IEnumerable<ExportRecord> Read(IEnumerable<ExportItem> export, string? communityOverride)
    {
        ExportChat? chat = null;
        var cutOff = false;
        var (community, channel, direct) = ("", "", false);
        long position = 0;
        foreach (var item in export)
        {
            switch (item)
            {
                case ExportChat found when chat is null:
                    chat = found;
                    if (found.Object("guild") is not { } guild || found.Object("channel") is not { } channelInfo)
                    {
                        yield return new ExportRecord(0, ParsedLine.Reject(NotAnExport));
                        yield break;
                    }
                    var guildId = new JsonFields(guild).Str("id");
                    direct = guildId is null or "0";
                    community = communityOverride ?? guildId ?? "";
                    channel = new JsonFields(channelInfo).Str("id") ?? "";
                    break;
                case ExportMessage { Message: var message } when chat is not null:
                    position++;
                    if (!direct)
                    {
                        foreach (var parsed in message.ValueKind == JsonValueKind.Object ? Translate(new JsonFields(message), community, channel) : [ParsedLine.Reject("not a JSON object")])
                        {
                            yield return new ExportRecord(position, parsed);
                        }
                    }
                    break;
                case ExportCut cut:
                    cutOff = true;
                    yield return new ExportRecord(position + 1, ParsedLine.Reject(cut.Describe(position)));
                    break;
            }
        }
        if (chat is null && !cutOff)
        {
            yield return new ExportRecord(0, ParsedLine.Reject(NotAnExport));
        }
        else if (direct)
        {
            yield return new ExportRecord(position, ParsedLine.Ignore($"{position} direct messages (not community activity)"));
        }
    }

    private const string NotAnExport = "not a DiscordChatExporter JSON export (no \"guild\" and \"channel\" before \"messages\")";

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
