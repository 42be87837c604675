namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>MESSAGE_REACTION_ADD / REMOVE / REMOVE_ALL / REMOVE_EMOJI (the last two carry no user).</summary>
internal sealed record ReactionData
{
    public string? UserId { get; init; }
    public required string ChannelId { get; init; }
    public required string MessageId { get; init; }
    public string? GuildId { get; init; }
    public GuildMember? Member { get; init; }
    public DiscordEmoji? Emoji { get; init; }
}
