namespace CommunityBot.Core.Commands;

/// <summary>
/// A command declared once, in its slice; adapters project it (Discord application command, Telegram menu).
/// Names match ^[a-z0-9_]{1,32}$, valid on both platforms.
/// </summary>
public sealed record CommandSpec(string Name, string Description, MemberRole Role, IReadOnlyList<ArgSpec> Args)
{
    /// <summary>Replies carry the member's own data: Discord answers ephemerally.</summary>
    public bool Private { get; init; }

    /// <summary>First-argument actions that need more than <see cref="Role"/> (/challenge add is for admins); the dispatcher enforces them.</summary>
    public IReadOnlyDictionary<string, MemberRole> ActionRoles { get; init; } = new Dictionary<string, MemberRole>();

    /// <summary>The role needed to run this command with these arguments.</summary>
    public MemberRole RoleFor(IReadOnlyList<string> args) =>
        args.Count > 0 && ActionRoles.TryGetValue(args[0].ToLowerInvariant(), out var role) && role > Role ? role : Role;

    public string Usage => "/" + Name + string.Concat(Args.Select(a =>
        " " + (a.Required ? "" : "[") + (a.Choices.Count > 0 ? string.Join('|', a.Choices) : a.Name.ToUpperInvariant())
        + (a.Rest ? "..." : "") + (a.Required ? "" : "]")));
}
