namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>Component type 2. Style 1 (primary) carries a custom_id; style 5 (link) a url.</summary>
internal sealed record ButtonComponent
{
    public int Type { get; init; } = 2;
    public required int Style { get; init; }
    public required string Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
}
