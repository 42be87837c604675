namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordAttachment
{
    public required string Id { get; init; }
    public string? Filename { get; init; }
}
