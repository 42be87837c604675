namespace CommunityBot.Core.Commands;

/// <summary>
/// A command declared once, in its slice; adapters project it (Discord application command, Telegram menu).
/// Names match ^[a-z0-9_]{1,32}$, valid on both platforms.
/// </summary>
public sealed record CommandSpec(string Name, string Description, MemberRole Role, IReadOnlyList<ArgSpec> Args)
{
    /// <summary>Replies carry the member's own data: Discord answers ephemerally.</summary>
    public bool Private { get; init; }

    public string Usage => "/" + Name + string.Concat(Args.Select(a =>
        " " + (a.Required ? "" : "[") + (a.Choices.Count > 0 ? string.Join('|', a.Choices) : a.Name.ToUpperInvariant())
        + (a.Rest ? "..." : "") + (a.Required ? "" : "]")));
}
