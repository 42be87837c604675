using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>What Discord's gateway does with a bad IDENTIFY: the close code it would send.</summary>
public static class GatewayRules
{
    private const long PrivilegedIntents = (1 << 1) | (1 << 8) | (1 << 15);
    private const long KnownIntents = (1 << 26) - 1;
    private static readonly string[] PropertyNames = ["os", "browser", "device"];

    public static (int Code, string Reason)? Identify(JsonNode? d, DiscordStandIn owner, bool alreadyIdentified)
    {
        if (alreadyIdentified)
        {
            return (4005, "Already authenticated");
        }
        if (d is not JsonObject data || data["token"]?.GetValueKind() != JsonValueKind.String)
        {
            return (4002, "Decode error");
        }
        if ((string?)data["token"] != DiscordStandIn.Token)
        {
            return (4004, "Authentication failed");
        }
        if (data["properties"] is not JsonObject props
            || PropertyNames.Any(k => props[k]?.GetValueKind() != JsonValueKind.String))
        {
            return (4002, "Decode error");
        }
        if (data["intents"] is not JsonValue intentsNode || intentsNode.GetValueKind() != JsonValueKind.Number
            || !intentsNode.TryGetValue<long>(out var intents) || (intents & ~KnownIntents) != 0)
        {
            return (4013, "Invalid intent(s)");
        }
        if (!owner.PrivilegedIntentsEnabled && (intents & PrivilegedIntents) != 0)
        {
            return (4014, "Disallowed intent(s)");
        }
        if (data["shard"] is JsonNode shard && (shard is not JsonArray pair || pair.Count != 2
            || pair[0]!.GetValue<int>() < 0 || pair[0]!.GetValue<int>() >= pair[1]!.GetValue<int>()))
        {
            return (4010, "Invalid shard");
        }
        return null;
    }
}
