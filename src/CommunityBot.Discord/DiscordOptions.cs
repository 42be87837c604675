using System.ComponentModel.DataAnnotations;

namespace CommunityBot.Discord;

/// <summary>Settings of the Discord adapter (section "Discord"; env vars COMMUNITYBOT__DISCORD__*).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token from the Developer Portal. Either this or <see cref="TokenFile"/>.</summary>
    public string? Token { get; set; }

    /// <summary>A file holding the bot token (e.g. a mounted secret), read once at start.</summary>
    public string? TokenFile { get; set; }

    /// <summary>REST base URL; the gateway URL comes from its GET /gateway/bot.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>
    /// How many shards the bot's guilds are split into: a number, or <c>auto</c> for the count Discord recommends in
    /// GET /gateway/bot (needed from 2,500 guilds). Every instance must be given the same count.
    /// </summary>
    public string ShardCount { get; set; } = "1";

    /// <summary>
    /// The shards this instance runs, e.g. <c>0,1</c> or <c>4-7</c>; empty: every shard. Give each instance its own
    /// ids and together all of them; the instance running shard 0 registers the slash commands.
    /// </summary>
    public string ShardIds { get; set; } = "";

    /// <summary>The one shard this instance runs (the older setting; <see cref="ShardIds"/> wins when both are set).</summary>
    [Range(0, 65535)]
    public int? ShardId { get; set; }

    /// <summary>When set, slash commands are registered in this guild only (they appear at once, unlike global ones).</summary>
    public string? DevelopmentGuildId { get; set; }

    /// <summary>Members holding this role id count as moderators in every guild.</summary>
    public string? ModeratorRoleId { get; set; }

    /// <summary>How long an interaction may take before it is deferred (Discord allows 3 s for the first response).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.800")]
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>First reconnect delay; it doubles per failed attempt up to a minute, with full jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Minimum wait after INVALID_SESSION before identifying again (the wait is drawn between 1x and 5x).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InvalidSessionDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Identifies in one rate-limit bucket (shard id modulo max_concurrency) are spaced by this much, across every
    /// instance sharing the database on PostgreSQL. Discord allows one per bucket every 5 s; the extra half second
    /// covers connecting, as a shard takes its turn before it opens its connection.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan IdentifySpacing { get; set; } = TimeSpan.FromSeconds(5.5);

    /// <summary>Timeout of one REST attempt; retries of 429 and 5xx happen within <see cref="RestTotalTimeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan RestAttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan RestTotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>After a new session, messages sent while the bot was away are read back, at most this many days (0: never).</summary>
    [Range(0, 30)]
    public int BackfillMaxDays { get; set; } = 7;

    /// <summary>The read-back stops after this many messages in one channel.</summary>
    [Range(100, 1_000_000)]
    public int BackfillMaxMessagesPerChannel { get; set; } = 10_000;

    /// <summary>The token from <see cref="Token"/> or <see cref="TokenFile"/>, trimmed.</summary>
    public string ResolveToken() =>
        !string.IsNullOrWhiteSpace(Token) ? Token.Trim()
        : !string.IsNullOrWhiteSpace(TokenFile) ? File.ReadAllText(TokenFile).Trim()
        : "";
}
