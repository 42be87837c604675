using System.Globalization;
using CommunityBot.Core.Activity;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CommunityBot.Telegram.Translation;

/// <summary>
/// Pure mapping of Bot API payloads to neutral events. Every id in an event comes from the payload (never from
/// the time of receipt), so a re-delivered update maps to the same <see cref="EventKey"/> and is stored once.
/// Private chats are not communities: nothing from them is translated.
/// </summary>
internal static partial class TelegramUpdateTranslator
{
    public const string Platform = "telegram";

    public static bool IsCommunity(Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>A forum topic is its own channel ("chat/topic"); the General topic and plain groups are the chat itself.</summary>
    public static string ChannelOf(Message message) =>
        message.IsTopicMessage && message.MessageThreadId is { } topic
            ? Id(message.Chat.Id) + "/" + Id(topic)
            : Id(message.Chat.Id);

    public static IReadOnlyList<ActivityEvent> Message(Message message)
    {
        if (!IsCommunity(message.Chat))
        {
            return [];
        }
        if (message.NewChatMembers is { Length: > 0 } joined)
        {
            return [.. joined.Select(u => Membership(message.Chat, u, message.Date, EventKind.Join))];
        }
        if (message.LeftChatMember is { } left)
        {
            return [Membership(message.Chat, left, message.Date, EventKind.Leave)];
        }
        if (message.From is null || (message.Text ?? message.Caption) is null && message.ForumTopicCreated is null
            && Attachments(message) == 0)
        {
            return []; // other service messages (pins, title changes) are not member activity
        }
        return [Written(message, EventKind.Message)];
    }

    public static IReadOnlyList<ActivityEvent> Edited(Message message) =>
        IsCommunity(message.Chat) && message.From is not null
            ? [Written(message, EventKind.Edit) with { Nonce = Seconds(message.EditDate ?? message.Date) }]
            : [];

    /// <summary>A group command is recorded as used (never scored); the command message itself is not chat activity.</summary>
    public static IReadOnlyList<ActivityEvent> Command(Message message, string name) =>
        IsCommunity(message.Chat) && message.From is { } from
            ? [new ActivityEvent
            {
                Kind = EventKind.CommandUsed,
                Platform = Platform,
                Community = Id(message.Chat.Id),
                Channel = ChannelOf(message),
                User = Id(from.Id),
                UserName = NameOf(from),
                IsBot = from.IsBot,
                At = At(message.Date),
                MessageId = Id(message.MessageId),
                Detail = name,
                Nonce = "m" + Id(message.MessageId),
            }]
            : [];

    private static ActivityEvent Written(Message message, EventKind kind)
    {
        var text = message.Text ?? message.Caption ?? message.ForumTopicCreated?.Name ?? "";
        var from = message.From!;
        return new ActivityEvent
        {
            Kind = kind,
            Platform = Platform,
            Community = Id(message.Chat.Id),
            Channel = ChannelOf(message),
            User = Id(from.Id),
            UserName = NameOf(from),
            // Anonymous admins and linked channels post as a chat (sender_chat): not a member, so never scored.
            IsBot = from.IsBot || message.SenderChat is not null,
            At = At(kind == EventKind.Edit ? message.EditDate ?? message.Date : message.Date),
            MessageId = Id(message.MessageId),
            ReplyTo = ReplyTarget(message),
            Text = text,
            Length = text.Length,
            Mentions = Mentions(text, message.Entities ?? message.CaptionEntities),
            Attachments = Attachments(message),
            ThreadStart = message.ForumTopicCreated is not null,
        };
    }

    /// <summary>
    /// In a forum topic every message carries the topic's opening message as reply_to_message; only a reply to
    /// some other message is a real reply.
    /// </summary>
    private static string? ReplyTarget(Message message) => message.ReplyToMessage switch
    {
        null => null,
        { MessageId: var id } when message.IsTopicMessage && id == message.MessageThreadId => null,
        { MessageId: var id } => Id(id),
    };

    private static IReadOnlyList<string> Mentions(string text, MessageEntity[]? entities) =>
        entities is null
            ? []
            : [.. entities.Select(e => e switch
                {
                    { Type: MessageEntityType.TextMention, User: { } user } => Id(user.Id),
                    { Type: MessageEntityType.Mention } when e.Offset >= 0 && e.Offset + e.Length <= text.Length =>
                        text.Substring(e.Offset, e.Length),
                    _ => null,
                })
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)];

    private static int Attachments(Message message) =>
        message.Photo is { Length: > 0 } || message.Document is not null || message.Video is not null
        || message.Audio is not null || message.Voice is not null || message.Animation is not null
        || message.VideoNote is not null || message.Sticker is not null
            ? 1
            : 0;

    public static string NameOf(User user)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(p => !string.IsNullOrWhiteSpace(p))).Trim();
        return name.Length > 0 ? name : user.Username ?? Id(user.Id);
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(DateTime date) => Id(At(date).ToUnixTimeSeconds());

    /// <summary>Telegram dates are Unix seconds, read by the library as UTC.</summary>
    public static DateTimeOffset At(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));
}
