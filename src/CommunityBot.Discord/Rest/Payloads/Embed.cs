namespace CommunityBot.Discord.Rest.Payloads;

internal sealed record Embed
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public int? Color { get; init; }
    public EmbedImage? Image { get; init; }
}
