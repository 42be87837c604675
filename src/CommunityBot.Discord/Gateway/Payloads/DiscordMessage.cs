namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordMessage
{
    public required string Id { get; init; }
    public required string ChannelId { get; init; }
    public string? GuildId { get; init; }
    public DiscordUser? Author { get; init; }
    public GuildMember? Member { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? EditedTimestamp { get; init; }
    public IReadOnlyList<DiscordUser> Mentions { get; set; } = [];
    public IReadOnlyList<DiscordAttachment> Attachments { get; set; } = [];
    public MessageReference? MessageReference { get; init; }
    public int Type { get; init; }
    public string? WebhookId { get; init; }
    /// <summary>Only in REST reads (the history backfill); gateway messages report reactions as their own events.</summary>
    public IReadOnlyList<DiscordReactionCount>? Reactions { get; init; }
}
