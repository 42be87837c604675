namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record ReadyData
{
    public required DiscordUser User { get; init; }
    public required string SessionId { get; init; }
    public required string ResumeGatewayUrl { get; init; }
    public ReadyApplication? Application { get; init; }
}
