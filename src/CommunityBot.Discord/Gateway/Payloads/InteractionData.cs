namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record InteractionData
{
    public string? Name { get; init; }
    public IReadOnlyList<InteractionOption> Options { get; set; } = [];
    public string? CustomId { get; init; }
    public int? ComponentType { get; init; }
}
