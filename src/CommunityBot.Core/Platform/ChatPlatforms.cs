using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Platform;

/// <summary>
/// Routes an outbound reply to the adapter of the channel's platform. A post to a community's main chat on a platform
/// other than its own goes to the group joined to it there.
/// </summary>
public sealed class ChatPlatforms(IEnumerable<IChatPlatform> platforms, Identity.IdentityDirectory identities)
{
    private readonly Dictionary<string, IChatPlatform> _byName = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);

    public bool Supports(string platform) => _byName.ContainsKey(platform);

    public Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct) =>
        Of(to.Platform).SendAsync(to.Channel.Length == 0 && identities.GroupOn(to.Platform, to.Community) is { } group ? to with { Community = group } : to, reply, ct);

    public Task<string> SendPrivateAsync(string platform, string community, string user, Reply reply, CancellationToken ct) =>
        Of(platform).SendPrivateAsync(community, user, reply, ct);

    private IChatPlatform Of(string platform) => _byName.TryGetValue(platform, out var adapter)
        ? adapter
        : throw new InvalidOperationException($"No chat adapter is running for platform '{platform}'.");
}
