namespace CommunityBot.Core.Platform;

/// <summary>
/// The roles port of a platform that has roles (Discord; Telegram has none and does not implement it): what roles
/// exist, which the bot may hand out, and adding and removing them on members.
/// </summary>
public interface IMemberRoles
{
    /// <summary>"discord", as in <see cref="IChatPlatform.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>The community's roles and what the bot may do with them.</summary>
    Task<RoleAccess> AccessAsync(string community, CancellationToken ct);

    /// <summary>The role ids the member has; null when they are no longer a member.</summary>
    Task<IReadOnlyList<string>?> MemberRolesAsync(string community, string user, CancellationToken ct);

    /// <summary>Throws <see cref="RoleChangeRefusedException"/> when the platform refuses (permission, hierarchy).</summary>
    Task AddAsync(string community, string user, string role, string reason, CancellationToken ct);

    /// <summary>Throws <see cref="RoleChangeRefusedException"/> when the platform refuses (permission, hierarchy).</summary>
    Task RemoveAsync(string community, string user, string role, string reason, CancellationToken ct);
}

/// <param name="Id">The platform's role id.</param>
/// <param name="Name">The role's display name.</param>
/// <param name="Position">Higher is more powerful; a bot may only manage roles below its own highest.</param>
/// <param name="Managed">Owned by an integration (a bot's own role, a booster role): nobody can hand it out.</param>
/// <param name="IsEveryone">The role every member has (Discord's @everyone).</param>
public sealed record PlatformRole(string Id, string Name, int Position, bool Managed, bool IsEveryone);

public sealed record RoleAccess(IReadOnlyList<PlatformRole> Roles, bool CanManageRoles, int BotTopPosition)
{
    public const string MissingManageRoles = "I lack the Manage Roles permission: give my role Manage Roles (Server Settings → Roles).";

    public PlatformRole? Find(string idOrName) =>
        Roles.FirstOrDefault(r => r.Id == idOrName)
        ?? Roles.FirstOrDefault(r => string.Equals(r.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why the bot cannot hand out the role, or null when it can.</summary>
    public string? Refusal(PlatformRole role) => role switch
    {
        _ when !CanManageRoles => MissingManageRoles,
        { IsEveryone: true } => "@everyone is every member's role; pick another.",
        { Managed: true } => $"Role {role.Name} is managed by an integration; nobody can hand it out.",
        _ when role.Position >= BotTopPosition => $"Role {role.Name} is at or above my highest role: drag my role above it (Server Settings → Roles).",
        _ => null,
    };
}

public sealed class RoleChangeRefusedException(string message, Exception? inner = null) : Exception(message, inner);
