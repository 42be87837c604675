namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record MessageReference
{
    public string? MessageId { get; init; }
    public string? ChannelId { get; init; }
}
