using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Platform;

/// <summary>Routes an outbound reply to the adapter of the channel's platform.</summary>
public sealed class ChatPlatforms(IEnumerable<IChatPlatform> platforms)
{
    private readonly Dictionary<string, IChatPlatform> _byName = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);

    public bool Supports(string platform) => _byName.ContainsKey(platform);

    public Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct) =>
        _byName.TryGetValue(to.Platform, out var platform)
            ? platform.SendAsync(to, reply, ct)
            : throw new InvalidOperationException($"No chat adapter is running for platform '{to.Platform}'.");
}
