using System.Collections.Concurrent;

namespace CommunityBot.Discord.Gateway;

/// <summary>The shards this instance runs and each one's session (for diagnostics and tests).</summary>
internal sealed class GatewayShards
{
    private readonly ConcurrentDictionary<int, GatewaySession> _sessions = new();

    public GatewaySession Start(int shardId) => _sessions.GetOrAdd(shardId, id => new GatewaySession { ShardId = id });

    public GatewaySession Session(int shardId) => _sessions[shardId];
}
