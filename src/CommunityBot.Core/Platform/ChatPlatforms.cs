using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Platform;

/// <summary>Routes an outbound reply to the adapter of the channel's platform.</summary>
public sealed class ChatPlatforms(IEnumerable<IChatPlatform> platforms)
{
    private readonly Dictionary<string, IChatPlatform> _byName = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);

    public bool Supports(string platform) => _byName.ContainsKey(platform);

    public Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct) => Of(to.Platform).SendAsync(to, reply, ct);

    public Task<string> SendPrivateAsync(string platform, string community, string user, Reply reply, CancellationToken ct) =>
        Of(platform).SendPrivateAsync(community, user, reply, ct);

    private IChatPlatform Of(string platform) => _byName.TryGetValue(platform, out var adapter)
        ? adapter
        : throw new InvalidOperationException($"No chat adapter is running for platform '{platform}'.");
}
