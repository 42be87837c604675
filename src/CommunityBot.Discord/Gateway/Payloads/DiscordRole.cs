namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordRole
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public int Position { get; init; }
    /// <summary>The role's permission bits as a decimal string.</summary>
    public string? Permissions { get; init; }
    public bool Managed { get; init; }
}
