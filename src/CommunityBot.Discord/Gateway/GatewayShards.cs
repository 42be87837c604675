using System.Collections.Concurrent;

namespace CommunityBot.Discord.Gateway;

/// <summary>The shards this instance runs and each one's session (for diagnostics and tests).</summary>
internal sealed class GatewayShards
{
    private readonly ConcurrentDictionary<int, GatewaySession> _sessions = new();

    public ShardPlan? Plan { get; private set; }

    public GatewaySession Start(int shardId, ShardPlan plan)
    {
        Plan = plan;
        return _sessions.GetOrAdd(shardId, id => new GatewaySession { ShardId = id, RegistersCommands = plan.RegistersCommands && id == 0 });
    }

    public GatewaySession Session(int shardId) => _sessions[shardId];
}
