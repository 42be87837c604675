using System.Globalization;
using CommunityBot.Core.Commands;

namespace CommunityBot.Discord.Interactions;

/// <summary>Discord permission bits ↔ member roles.</summary>
internal static class PermissionRoles
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ManageMessages = 1UL << 13;
    public const ulong ModerateMembers = 1UL << 40;

    /// <summary>The role from the interaction's member.permissions (a decimal string) and the configured moderator role.</summary>
    public static MemberRole RoleOf(string? permissions, IReadOnlyList<string> roleIds, string? moderatorRoleId)
    {
        var bits = ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        if ((bits & (Administrator | ManageGuild)) != 0)
        {
            return MemberRole.Admin;
        }
        var moderator = (bits & (ModerateMembers | ManageMessages)) != 0
            || (moderatorRoleId is { Length: > 0 } && roleIds.Contains(moderatorRoleId));
        return moderator ? MemberRole.Moderator : MemberRole.Member;
    }

    /// <summary>
    /// default_member_permissions for a command: Discord shows it to members holding these bits (server admins can
    /// widen that under Server Settings → Integrations); the dispatcher still checks the role on every call.
    /// </summary>
    public static string? DefaultPermissionsFor(MemberRole role) => role switch
    {
        MemberRole.Admin => ManageGuild.ToString(CultureInfo.InvariantCulture),
        MemberRole.Moderator => ManageMessages.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
