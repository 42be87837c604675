namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record HelloData
{
    public int HeartbeatInterval { get; init; }
}
