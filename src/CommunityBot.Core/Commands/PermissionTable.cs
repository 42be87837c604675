namespace CommunityBot.Core.Commands;

/// <summary>One row of the permission table: who may run a command, one of its actions, or a button.</summary>
public sealed record Permission(string Name, string? Action, MemberRole Role, bool IsButton = false)
{
    public string Label => (IsButton ? "button " : "/") + Name + (Action is null ? "" : " " + Action);
}

/// <summary>
/// Which role may run which command, action and button, gathered from the declarations in each slice
/// (<see cref="CommandSpec.Role"/>, <see cref="CommandSpec.ActionRoles"/>, <see cref="IButtonHandler.Role"/>).
/// The dispatcher checks it on every call and every press; docs and tests read it from here.
/// </summary>
public static class PermissionTable
{
    public static IReadOnlyList<Permission> Build(IEnumerable<CommandSpec> specs, IEnumerable<IButtonHandler> buttons)
    {
        var rows = new List<Permission>();
        foreach (var spec in specs.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            rows.Add(new Permission(spec.Name, null, spec.Role));
            rows.AddRange(spec.ActionRoles.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new Permission(spec.Name, a.Key, spec.RoleFor([a.Key]))));
        }
        rows.AddRange(buttons.OrderBy(b => b.Prefix, StringComparer.Ordinal).Select(b => new Permission(b.Prefix, null, b.Role, IsButton: true)));
        return rows;
    }

    public static string Describe(MemberRole role) => role switch
    {
        MemberRole.Admin => "admins",
        MemberRole.Moderator => "moderators",
        _ => "everyone",
    };
}
