namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>GET /gateway/bot.</summary>
internal sealed record GatewayBotInfo
{
    public required string Url { get; init; }
    public int Shards { get; set; } = 1;
    public required SessionStartLimit SessionStartLimit { get; init; }
}
