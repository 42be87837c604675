using CommunityBot.Core.Activity;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Translation;

internal static partial class TelegramUpdateTranslator
{
    /// <summary>Anonymous reaction counts have no reactor; they are kept under this pseudo-user.</summary>
    public const string AnonymousUser = "anonymous";

    /// <summary>One event per emoji that appeared or disappeared between old_reaction and new_reaction.</summary>
    public static IReadOnlyList<ActivityEvent> Reaction(MessageReactionUpdated update)
    {
        if (!IsCommunity(update.Chat))
        {
            return [];
        }
        var before = update.OldReaction.Select(EmojiOf).ToHashSet(StringComparer.Ordinal);
        var after = update.NewReaction.Select(EmojiOf).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. after.Where(e => !before.Contains(e)).Select(e => Reacted(update, e, EventKind.ReactionAdded)),
            .. before.Where(e => !after.Contains(e)).Select(e => Reacted(update, e, EventKind.ReactionRemoved)),
        ];
    }

    /// <summary>
    /// Chats with anonymous reactions send only running totals per emoji, grouped and possibly minutes late.
    /// Without a reactor the totals cannot credit or debit anyone fairly, so the neutral mapping is: one
    /// ReactionAdded per emoji by the pseudo-user "anonymous", marked IsBot so it never scores a member, with the
    /// running total in Value. Stats can read it; the engagement scores stay based on attributable reactions.
    /// </summary>
    public static IReadOnlyList<ActivityEvent> ReactionCount(MessageReactionCountUpdated update) =>
        IsCommunity(update.Chat)
            ? [.. update.Reactions.Select(r => new ActivityEvent
            {
                Kind = EventKind.ReactionAdded,
                Platform = Platform,
                Community = Id(update.Chat.Id),
                Channel = Id(update.Chat.Id),
                User = AnonymousUser,
                IsBot = true,
                At = At(update.Date),
                MessageId = Id(update.MessageId),
                Emoji = EmojiOf(r.Type),
                Value = r.TotalCount,
            })]
            : [];

    private static ActivityEvent Reacted(MessageReactionUpdated update, string emoji, EventKind kind) => new()
    {
        Kind = kind,
        Platform = Platform,
        Community = Id(update.Chat.Id),
        // The update does not say which topic the message is in; the chat is the best channel known.
        Channel = Id(update.Chat.Id),
        User = Id(update.User?.Id ?? update.ActorChat?.Id ?? 0),
        UserName = update.User is { } user ? NameOf(user) : update.ActorChat?.Title,
        // Reactions on behalf of a chat (anonymous admins) are not a member's action.
        IsBot = update.User is not { IsBot: false },
        At = At(update.Date),
        MessageId = Id(update.MessageId),
        Emoji = emoji,
    };

    public static string EmojiOf(ReactionType type) => type switch
    {
        ReactionTypeEmoji emoji => emoji.Emoji,
        ReactionTypeCustomEmoji custom => "custom:" + custom.CustomEmojiId,
        _ => type.Type.ToString().ToLowerInvariant(),
    };
}
