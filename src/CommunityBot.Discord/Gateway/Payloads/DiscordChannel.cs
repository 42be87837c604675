namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>A channel or thread (threads carry parent_id and owner_id).</summary>
internal sealed record DiscordChannel
{
    public required string Id { get; init; }
    public int Type { get; init; }
    public string? GuildId { get; init; }
    public string? Name { get; init; }
    public string? ParentId { get; init; }
    public string? OwnerId { get; init; }
    public bool? NewlyCreated { get; init; }
}
