namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record IdentifyProperties
{
    public string Os { get; init; } = "linux";
    public string Browser { get; init; } = "communitybot";
    public string Device { get; init; } = "communitybot";
}
