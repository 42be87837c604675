using System.Net;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<DiscordUser> GetCurrentUserAsync(CancellationToken ct) =>
        SendAsync(HttpMethod.Get, "users/@me", null, Json.DiscordUser, ct);

    public Task<IReadOnlyList<DiscordRole>> GetGuildRolesAsync(string guildId, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"guilds/{Uri.EscapeDataString(guildId)}/roles", null, Json.IReadOnlyListDiscordRole, ct);

    /// <summary>The member with their role ids; null when the user is not (or no longer) in the guild.</summary>
    public async Task<GuildMember?> GetGuildMemberAsync(string guildId, string userId, CancellationToken ct)
    {
        try
        {
            return await SendAsync(HttpMethod.Get, MemberPath(guildId, userId), null, Json.GuildMember, ct);
        }
        catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Task AddMemberRoleAsync(string guildId, string userId, string roleId, string reason, CancellationToken ct) =>
        SendAsync(HttpMethod.Put, $"{MemberPath(guildId, userId)}/roles/{Uri.EscapeDataString(roleId)}", null, ct, reason);

    public Task RemoveMemberRoleAsync(string guildId, string userId, string roleId, string reason, CancellationToken ct) =>
        SendAsync(HttpMethod.Delete, $"{MemberPath(guildId, userId)}/roles/{Uri.EscapeDataString(roleId)}", null, ct, reason);

    private static string MemberPath(string guildId, string userId) =>
        $"guilds/{Uri.EscapeDataString(guildId)}/members/{Uri.EscapeDataString(userId)}";
}
