using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommunityBot.Core.Activity;
using CommunityBot.Discord.Gateway;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Capture;

/// <summary>
/// Pure mapping of gateway dispatches to activity events. Direct messages, system messages and unknown event
/// types give nothing. Events Discord sends without a time (deletes, reactions, leaves) take the receive time:
/// safe because the gateway resumes after the last stored sequence, so such an event is never replayed once stored.
/// </summary>
internal static class DiscordEventTranslator
{
    public const string Platform = "discord";
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    /// <summary>The events of one dispatch; the paths of fields left out for an unexpected shape go to <c>dropped</c>.</summary>
    public static IReadOnlyList<ActivityEvent> Translate(string type, JsonElement data, DateTimeOffset receivedAt, ICollection<string>? dropped = null) => type switch
    {
        "MESSAGE_CREATE" => From(data, Json.DiscordMessage, dropped, d => Message(d, EventKind.Message, receivedAt)),
        "MESSAGE_UPDATE" => From(data, Json.DiscordMessage, dropped, d => Message(d, EventKind.Edit, receivedAt)),
        "MESSAGE_DELETE" or "MESSAGE_DELETE_BULK" => From(data, Json.MessageDeleteData, dropped, d => Deleted(d, receivedAt)),
        "MESSAGE_REACTION_ADD" => From(data, Json.ReactionData, dropped, d => Reaction(d, EventKind.ReactionAdded, null, receivedAt)),
        "MESSAGE_REACTION_REMOVE" => From(data, Json.ReactionData, dropped, d => Reaction(d, EventKind.ReactionRemoved, null, receivedAt)),
        "MESSAGE_REACTION_REMOVE_ALL" => From(data, Json.ReactionData, dropped, d => Reaction(d, EventKind.ReactionRemoved, "remove_all", receivedAt)),
        "MESSAGE_REACTION_REMOVE_EMOJI" => From(data, Json.ReactionData, dropped, d => Reaction(d, EventKind.ReactionRemoved, "remove_emoji", receivedAt)),
        "GUILD_MEMBER_ADD" => From(data, Json.GuildMember, dropped, d => Joined(d, receivedAt)),
        "GUILD_MEMBER_REMOVE" => From(data, Json.GuildMemberRemoveData, dropped, d => Left(d, receivedAt)),
        _ => [],
    };

    private static IReadOnlyList<ActivityEvent> From<T>(
        JsonElement data, JsonTypeInfo<T> type, ICollection<string>? dropped, Func<T, IReadOnlyList<ActivityEvent>> translate) where T : class =>
        TolerantJson.Read(data, type, dropped) is { } value ? translate(value) : [];

    /// <summary>A message read back through REST (which leaves out guild_id), and who reacted to it with what.</summary>
    public static IReadOnlyList<ActivityEvent> ReadBack(DiscordMessage m, string guildId, IReadOnlyList<(string Emoji, DiscordUser User)> reactions, DateTimeOffset receivedAt)
    {
        var message = Message(m with { GuildId = guildId }, EventKind.Message, receivedAt);
        if (message.Count == 0)
        {
            return message;
        }
        // When a reaction was added is not in the history; the message's time keeps a second read-back of it the same event.
        return [.. message, .. reactions.Select(r => new ActivityEvent
        {
            Kind = EventKind.ReactionAdded, Platform = Platform, Community = guildId, Channel = m.ChannelId, User = r.User.Id,
            UserName = r.User.DisplayName, IsBot = r.User.Bot == true, At = message[0].At, MessageId = m.Id, Emoji = r.Emoji,
        })];
    }

    private static IReadOnlyList<ActivityEvent> Message(DiscordMessage m, EventKind kind, DateTimeOffset receivedAt)
    {
        // Type 0 is a plain message, 19 a reply; the rest are system notices (joins, pins, boosts).
        // An update without edited_timestamp is Discord adding a link preview, not the author editing.
        if (m.GuildId is null || m.Author is null || m.Type is not (0 or 19) || (kind == EventKind.Edit && m.EditedTimestamp is null))
        {
            return [];
        }
        var text = m.Content ?? "";
        var edited = kind == EventKind.Edit ? m.EditedTimestamp : null;
        return [new ActivityEvent
        {
            Kind = kind,
            Platform = Platform,
            Community = m.GuildId,
            Channel = m.ChannelId,
            User = m.Author.Id,
            UserName = m.Member?.Nick ?? m.Author.DisplayName,
            IsBot = m.Author.Bot == true || m.WebhookId is not null,
            At = edited ?? m.Timestamp ?? Snowflake.TimeOf(m.Id) ?? receivedAt,
            MessageId = m.Id,
            ReplyTo = m.Type == 19 ? m.MessageReference?.MessageId : null,
            Text = text,
            Length = text.Length,
            Mentions = m.Mentions.OfType<DiscordUser>().Select(u => u.Id).ToList(), // OfType: a null in the list is JSON we cannot refuse element by element
            Attachments = m.Attachments.Count,
            // A forum post's first message has the thread's id; the thread itself is recorded by THREAD_CREATE.
            ThreadStart = m.Id == m.ChannelId,
            Nonce = edited?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }];
    }

    private static List<ActivityEvent> Deleted(MessageDeleteData d, DateTimeOffset receivedAt) =>
        d.GuildId is null ? [] : (d.Id is null ? d.Ids : [d.Id]).Select(id => new ActivityEvent
        {
            Kind = EventKind.Delete,
            Platform = Platform,
            Community = d.GuildId,
            Channel = d.ChannelId,
            User = "",
            At = receivedAt,
            MessageId = id,
        }).ToList();

    /// <summary>REMOVE_ALL and REMOVE_EMOJI name no member: User is <see cref="ActivityEvent.AllUsers"/>, Detail says which removal it was.</summary>
    private static IReadOnlyList<ActivityEvent> Reaction(ReactionData r, EventKind kind, string? bulk, DateTimeOffset receivedAt) =>
        r.GuildId is null ? [] : [new ActivityEvent
        {
            Kind = kind,
            Platform = Platform,
            Community = r.GuildId,
            Channel = r.ChannelId,
            User = bulk is null ? r.UserId ?? "" : ActivityEvent.AllUsers,
            UserName = r.Member?.Nick ?? r.Member?.User?.DisplayName,
            IsBot = r.Member?.User?.Bot == true,
            At = receivedAt,
            MessageId = r.MessageId,
            Emoji = r.Emoji?.Key,
            Detail = bulk,
        }];

    private static IReadOnlyList<ActivityEvent> Joined(GuildMember m, DateTimeOffset receivedAt) =>
        m.GuildId is null || m.User is null ? [] : [new ActivityEvent
        {
            Kind = EventKind.Join,
            Platform = Platform,
            Community = m.GuildId,
            User = m.User.Id,
            UserName = m.Nick ?? m.User.DisplayName,
            IsBot = m.User.Bot == true,
            At = m.JoinedAt ?? receivedAt,
        }];

    private static IReadOnlyList<ActivityEvent> Left(GuildMemberRemoveData d, DateTimeOffset receivedAt) =>
        [new ActivityEvent
        {
            Kind = EventKind.Leave,
            Platform = Platform,
            Community = d.GuildId,
            User = d.User.Id,
            UserName = d.User.DisplayName,
            IsBot = d.User.Bot == true,
            At = receivedAt,
        }];

    /// <summary>
    /// THREAD_CREATE: only newly created threads count (it is also sent when the bot joins an old one). A forum or
    /// media post is skipped here: its first message, which carries the thread's id and the text, records it.
    /// </summary>
    public static IReadOnlyList<ActivityEvent> ThreadStarted(DiscordChannel t, int? parentType, DateTimeOffset receivedAt) =>
        t.GuildId is null || t.OwnerId is null || t.NewlyCreated != true || parentType is 15 or 16 ? [] : [new ActivityEvent
        {
            Kind = EventKind.Message,
            Platform = Platform,
            Community = t.GuildId,
            Channel = t.Id,
            User = t.OwnerId,
            At = Snowflake.TimeOf(t.Id) ?? receivedAt,
            MessageId = t.Id,
            Text = t.Name,
            Length = t.Name?.Length ?? 0,
            ThreadStart = true,
        }];
}
