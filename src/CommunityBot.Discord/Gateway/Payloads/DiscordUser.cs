using System.Text.Json.Serialization;

namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordUser
{
    public required string Id { get; init; }
    public string? Username { get; init; }
    public string? GlobalName { get; init; }
    public bool? Bot { get; init; }

    [JsonIgnore]
    public string DisplayName => GlobalName ?? Username ?? Id;
}
