namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>The part of a created message the adapter needs.</summary>
internal sealed record CreatedMessage
{
    public required string Id { get; init; }
}
