namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordRole
{
    public required string Id { get; init; }
    public string? Name { get; init; }
}
