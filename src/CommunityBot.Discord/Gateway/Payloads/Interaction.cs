namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>INTERACTION_CREATE: type 2 is a slash command, type 3 a component (button) press.</summary>
internal sealed record Interaction
{
    public required string Id { get; init; }
    public required string ApplicationId { get; init; }
    public int Type { get; init; }
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public GuildMember? Member { get; init; }
    /// <summary>Set instead of <see cref="Member"/> in direct messages.</summary>
    public DiscordUser? User { get; init; }
    public required string Token { get; init; }
}
