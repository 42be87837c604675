namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record IdentifyData
{
    public required string Token { get; init; }
    public required IdentifyProperties Properties { get; init; }
    public required int Intents { get; init; }
    public required int[] Shard { get; init; }
}
