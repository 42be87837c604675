namespace CommunityBot.Telegram;

/// <summary>Settings of the Telegram adapter (section "Telegram", env COMMUNITYBOT__TELEGRAM__*).</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from BotFather. Set it from the environment, never in a committed file.</summary>
    public string Token { get; set; } = "";

    /// <summary>Path of a file holding the token (Docker/Kubernetes secrets); used when <see cref="Token"/> is empty.</summary>
    public string TokenFile { get; set; } = "";

    /// <summary>Bot API server, e.g. a local Bot API server at http://127.0.0.1:8081. Empty: api.telegram.org.</summary>
    public string ApiBaseUrl { get; set; } = "";

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the secret Telegram sends in X-Telegram-Bot-Api-Secret-Token (1–256 of A-Z a-z 0-9 _ -).</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Webhook mode: the path of the endpoint on the bot's HTTP server.</summary>
    public string WebhookPath { get; set; } = "/telegram/webhook";

    /// <summary>Webhook mode: the public HTTPS URL Telegram should call; when set, the bot registers it with setWebhook on start.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>
    /// Webhook mode: how long a call waits for its events to be stored before answering 503, so Telegram re-sends it
    /// later (the store may still keep the first copy; the re-sent one is then a duplicate, stored once).
    /// </summary>
    public TimeSpan WebhookStoreTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Telegram user ids treated as moderators in every chat (chat admins are admins anyway).</summary>
    public IList<string> Moderators { get; } = [];

    /// <summary>
    /// Polling mode with several instances on one PostgreSQL database: one instance polls (Telegram allows one
    /// getUpdates at a time), the others try to take over this often, and one does when the poller stops or dies.
    /// </summary>
    public TimeSpan PollingStandbyRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Long-polling wait in seconds (Telegram allows up to 50).</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>How long a chat's administrator list is trusted before getChatAdministrators is asked again.</summary>
    public int AdminCacheMinutes { get; set; } = 5;

    /// <summary>How many times a send is retried after a 429 "retry after".</summary>
    public int MaxRetries { get; set; } = 5;
}
