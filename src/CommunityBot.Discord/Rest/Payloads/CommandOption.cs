namespace CommunityBot.Discord.Rest.Payloads;

internal sealed record CommandOption
{
    public required int Type { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public bool Required { get; init; }
    public IReadOnlyList<CommandChoice>? Choices { get; init; }
}
