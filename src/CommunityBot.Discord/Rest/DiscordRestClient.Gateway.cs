using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>GET /gateway/bot: the gateway URL, recommended shards and the session start limit.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Get, "gateway/bot", null, Json.GatewayBotInfo, ct);
}
