namespace CommunityBot.Discord.Rest.Payloads;

internal sealed record AllowedMentions
{
    public static readonly AllowedMentions None = new();

    public IReadOnlyList<string> Parse { get; init; } = [];
}
