namespace CommunityBot.Discord.Gateway;

/// <summary>Maps a gateway close code to the next step; the fatal ones say what to fix in the Developer Portal.</summary>
internal static class GatewayCloseCodes
{
    public const string BadToken = "Discord rejected the bot token. In the Developer Portal open your application → Bot → "
        + "Reset Token, then set COMMUNITYBOT__DISCORD__TOKEN (or Discord:TokenFile) to the new token.";

    public static GatewayDisconnect Classify(int? code) => code switch
    {
        4004 => Stop(4004, "(close 4004 Authentication failed) " + BadToken),
        4014 => Stop(4014, "Discord refused the privileged intents (close 4014 Disallowed intents). In the Developer Portal open your "
            + "application → Bot → Privileged Gateway Intents and enable SERVER MEMBERS INTENT and MESSAGE CONTENT INTENT, then restart."),
        4010 => Stop(4010, "Discord rejected the shard (close 4010 Invalid shard): check Discord:ShardId and Discord:ShardCount."),
        4011 => Stop(4011, "Discord requires sharding for this bot (close 4011): set Discord:ShardCount (and one Discord:ShardId per instance)."),
        4012 => Stop(4012, "Discord rejected the gateway version (close 4012 Invalid API version)."),
        4013 => Stop(4013, "Discord rejected the intents value (close 4013 Invalid intents)."),
        4007 or 4009 => new GatewayDisconnect(DisconnectAction.Identify, $"session cannot be resumed (close {code})"),
        null => new GatewayDisconnect(DisconnectAction.Resume, "connection dropped without a close code"),
        _ => new GatewayDisconnect(DisconnectAction.Resume, $"closed by Discord with code {code}"),
    };

    private static GatewayDisconnect Stop(int code, string message) => new(DisconnectAction.Stop, message) { CloseCode = code };
}
