using System.Text.Json.Serialization;

namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record DiscordEmoji
{
    public string? Id { get; init; }
    public string? Name { get; init; }

    /// <summary>Unicode emoji as is; custom emoji as "name:id" (the form Discord uses in reaction URLs).</summary>
    [JsonIgnore]
    public string Key => Id is null ? Name ?? "" : $"{Name}:{Id}";
}
