namespace CommunityBot.Discord.Gateway;

internal enum DisconnectAction
{
    /// <summary>Reconnect at resume_gateway_url and RESUME.</summary>
    Resume,
    /// <summary>Open a fresh connection and IDENTIFY.</summary>
    Identify,
    /// <summary>Stop: retrying cannot help until the operator fixes something.</summary>
    Stop,
}

/// <summary>How one connection ended and what to do next; <see cref="Immediate"/> skips the backoff (op 7).</summary>
internal sealed record GatewayDisconnect(DisconnectAction Action, string Reason)
{
    public bool Immediate { get; init; }
    /// <summary>Op 9: Discord asks for a random 1–5 s wait before identifying again.</summary>
    public bool InvalidSession { get; init; }
    public int? CloseCode { get; init; }
}
