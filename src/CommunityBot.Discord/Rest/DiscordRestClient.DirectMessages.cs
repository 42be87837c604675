using CommunityBot.Discord.Gateway.Payloads;
using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>The DM channel with a user; Discord returns the same channel on every call.</summary>
    public Task<DiscordChannel> OpenDmAsync(string userId, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "users/@me/channels", JsonBody(new DmChannelCreate(userId), Json.DmChannelCreate), Json.DiscordChannel, ct);
}
