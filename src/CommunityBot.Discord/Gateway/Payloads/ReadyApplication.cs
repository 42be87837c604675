namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record ReadyApplication
{
    public required string Id { get; init; }
}
