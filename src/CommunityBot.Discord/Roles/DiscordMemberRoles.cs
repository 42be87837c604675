using System.Globalization;
using System.Net;
using CommunityBot.Core.Platform;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Rest;

namespace CommunityBot.Discord.Roles;

/// <summary>
/// Level roles on Discord: the guild's roles, the bot's own highest role and permissions (a bot may only hand out
/// roles below its highest, and needs Manage Roles or Administrator), and member role changes through REST.
/// </summary>
internal sealed class DiscordMemberRoles(DiscordRestClient rest) : IMemberRoles
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageRoles = 1UL << 28;
    private string? _botUserId;

    public string Platform => DiscordEventTranslator.Platform;

    public async Task<RoleAccess> AccessAsync(string community, CancellationToken ct)
    {
        var roles = await rest.GetGuildRolesAsync(community, ct);
        _botUserId ??= (await rest.GetCurrentUserAsync(ct)).Id;
        var mine = (await rest.GetGuildMemberAsync(community, _botUserId, ct))?.Roles.ToHashSet(StringComparer.Ordinal) ?? [];
        var held = roles.Where(r => r.Id == community || mine.Contains(r.Id)).ToList(); // @everyone's id is the guild's
        var permissions = held.Aggregate(0UL, (bits, r) => bits | Bits(r.Permissions));
        return new RoleAccess(
            roles.Select(r => new PlatformRole(r.Id, r.Name ?? r.Id, r.Position, r.Managed, r.Id == community)).ToList(),
            (permissions & (ManageRoles | Administrator)) != 0,
            held.Where(r => r.Id != community).Select(r => r.Position).DefaultIfEmpty(0).Max());
    }

    public async Task<IReadOnlyList<string>?> MemberRolesAsync(string community, string user, CancellationToken ct) =>
        (await rest.GetGuildMemberAsync(community, user, ct))?.Roles;

    public Task AddAsync(string community, string user, string role, string reason, CancellationToken ct) =>
        RefusedAsAsync(() => rest.AddMemberRoleAsync(community, user, role, reason, ct), $"add role {role} to user {user}");

    public Task RemoveAsync(string community, string user, string role, string reason, CancellationToken ct) =>
        RefusedAsAsync(() => rest.RemoveMemberRoleAsync(community, user, role, reason, ct), $"remove role {role} from user {user}");

    /// <summary>403 (code 50013, Missing Permissions) is a refusal; 404 (the member left, the role was deleted) is nothing to do.</summary>
    private static async Task RefusedAsAsync(Func<Task> change, string what)
    {
        try
        {
            await change();
        }
        catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
        }
        catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.Forbidden)
        {
            throw new RoleChangeRefusedException(
                $"Discord refused to {what}: I need Manage Roles, and my highest role must be above the level roles (Server Settings → Roles).", ex);
        }
    }

    private static ulong Bits(string? permissions) =>
        ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
}
