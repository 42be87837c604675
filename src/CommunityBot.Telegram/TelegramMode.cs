namespace CommunityBot.Telegram;

public enum TelegramMode
{
    /// <summary>The bot asks for updates with getUpdates long polling (no public URL needed).</summary>
    Polling,

    /// <summary>Telegram posts updates to the bot's own HTTP endpoint.</summary>
    Webhook,
}
