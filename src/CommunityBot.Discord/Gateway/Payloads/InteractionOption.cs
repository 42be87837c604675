using System.Text.Json;

namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record InteractionOption
{
    public required string Name { get; init; }
    public int Type { get; init; }
    /// <summary>A string, integer, number or snowflake string, depending on <see cref="Type"/>.</summary>
    public JsonElement Value { get; init; }
}
