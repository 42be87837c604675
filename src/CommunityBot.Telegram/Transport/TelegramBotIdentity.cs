namespace CommunityBot.Telegram.Transport;

/// <summary>Who the bot is, learned from getMe on start; commands addressed to another bot ("/cmd@OtherBot") are not ours.</summary>
internal sealed class TelegramBotIdentity
{
    public long Id { get; set; }

    public string Username { get; set; } = "";
}
