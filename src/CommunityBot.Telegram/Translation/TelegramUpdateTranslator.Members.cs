using CommunityBot.Core.Activity;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Translation;

internal static partial class TelegramUpdateTranslator
{
    /// <summary>chat_member: a join or leave when the member's in-chat state changed; promotions and restrictions are not.</summary>
    public static IReadOnlyList<ActivityEvent> Member(ChatMemberUpdated update)
    {
        if (!IsCommunity(update.Chat) || update.OldChatMember.IsInChat == update.NewChatMember.IsInChat)
        {
            return [];
        }
        var kind = update.NewChatMember.IsInChat ? EventKind.Join : EventKind.Leave;
        return [Membership(update.Chat, update.NewChatMember.User, update.Date, kind)];
    }

    /// <summary>
    /// A button press, recorded as a use of the bot (never scored). Callback queries carry no date, so the
    /// caller passes the time of receipt; the key rests on the query id, which a re-delivery repeats.
    /// </summary>
    public static IReadOnlyList<ActivityEvent> Callback(CallbackQuery query, DateTimeOffset receivedAt) =>
        query.Message is { } message && IsCommunity(message.Chat)
            ? [new ActivityEvent
            {
                Kind = EventKind.CommandUsed,
                Platform = Platform,
                Community = Id(message.Chat.Id),
                Channel = ChannelOf(message),
                User = Id(query.From.Id),
                UserName = NameOf(query.From),
                IsBot = query.From.IsBot,
                At = DateTimeOffset.FromUnixTimeSeconds(receivedAt.ToUnixTimeSeconds()),
                MessageId = Id(message.MessageId),
                Detail = "button:" + (query.Data ?? ""),
                Nonce = "cb" + query.Id,
            }]
            : [];

    // Joins announced both as a service message and as chat_member share user and second, hence one key.
    private static ActivityEvent Membership(Chat chat, User user, DateTime date, EventKind kind) => new()
    {
        Kind = kind,
        Platform = Platform,
        Community = Id(chat.Id),
        Channel = Id(chat.Id),
        User = Id(user.Id),
        UserName = NameOf(user),
        IsBot = user.IsBot,
        At = At(date),
    };
}
