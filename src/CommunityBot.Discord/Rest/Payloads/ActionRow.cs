namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>Component type 1: a row of at most 5 buttons.</summary>
internal sealed record ActionRow(IReadOnlyList<ButtonComponent> Components)
{
    public int Type { get; init; } = 1;
}
