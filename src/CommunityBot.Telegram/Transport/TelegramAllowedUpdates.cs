using Telegram.Bot.Types.Enums;

namespace CommunityBot.Telegram.Transport;

/// <summary>
/// The update kinds the adapter asks for. Telegram delivers chat_member, message_reaction and
/// message_reaction_count only when allowed_updates names them, so the list is explicit.
/// </summary>
internal static class TelegramAllowedUpdates
{
    public static readonly IReadOnlyList<UpdateType> Types =
    [
        UpdateType.Message,
        UpdateType.EditedMessage,
        UpdateType.MessageReaction,
        UpdateType.MessageReactionCount,
        UpdateType.ChatMember,
        UpdateType.CallbackQuery,
    ];

    /// <summary>The same kinds by their wire names.</summary>
    public static readonly IReadOnlyList<string> WireNames =
        ["message", "edited_message", "message_reaction", "message_reaction_count", "chat_member", "callback_query"];
}
