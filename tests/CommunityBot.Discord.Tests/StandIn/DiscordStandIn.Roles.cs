using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>
/// Guild roles and members as Discord's REST API keeps them, with Discord's rules for role changes: the bot needs
/// Manage Roles (or Administrator) through its roles or @everyone, and may only touch roles below its own highest
/// (403 code 50013 otherwise); an unknown member or role is 404.
/// </summary>
public sealed partial class DiscordStandIn
{
    public const ulong ManageRolesBit = 1UL << 28;

    /// <summary>Each guild's roles: id → (name, position, permissions, managed). The guild id is @everyone.</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, (string Name, int Position, ulong Permissions, bool Managed)>> GuildRoles { get; } = new();

    /// <summary>"guild/user" → the member's role ids.</summary>
    public ConcurrentDictionary<string, HashSet<string>> MemberRoles { get; } = new();

    /// <summary>A guild with @everyone, the bot's own role (with <paramref name="botPermissions"/>) at <paramref name="botPosition"/>, and the bot as a member.</summary>
    public void AddGuildRoles(string guild, int botPosition, ulong botPermissions, params (string Id, string Name, int Position)[] roles)
    {
        var all = GuildRoles.GetOrAdd(guild, _ => new());
        all[guild] = ("@everyone", 0, 0, false);
        all["bot-role"] = ("CommunityBot", botPosition, botPermissions, true);
        foreach (var (id, name, position) in roles)
        {
            all[id] = (name, position, 0, false);
        }
        MemberRoles[$"{guild}/{BotUserId}"] = ["bot-role"];
    }

    public HashSet<string> RolesOf(string guild, string user) => MemberRoles.GetOrAdd($"{guild}/{user}", _ => []);

    private (int, JsonNode?)? RolesAnswer(string method, string route)
    {
        if ((method, route) is ("GET", "/users/@me"))
        {
            return (200, new JsonObject { ["id"] = BotUserId, ["username"] = "CommunityBot", ["bot"] = true });
        }
        if (method == "GET" && GuildRolesRoute().Match(route) is { Success: true } list)
        {
            return GuildRoles.TryGetValue(list.Groups[1].Value, out var roles)
                ? (200, new JsonArray(roles.Select(r => (JsonNode)new JsonObject
                {
                    ["id"] = r.Key, ["name"] = r.Value.Name, ["position"] = r.Value.Position,
                    ["permissions"] = r.Value.Permissions.ToString(CultureInfo.InvariantCulture), ["managed"] = r.Value.Managed,
                }).ToArray()))
                : (404, Error(10004, "Unknown Guild"));
        }
        if (method == "GET" && GuildMemberRoute().Match(route) is { Success: true } member)
        {
            return MemberRoles.TryGetValue($"{member.Groups[1].Value}/{member.Groups[2].Value}", out var has)
                ? (200, new JsonObject
                {
                    ["user"] = new JsonObject { ["id"] = member.Groups[2].Value },
                    ["roles"] = new JsonArray([.. Snapshot(has).Select(r => (JsonNode)r)]),
                })
                : (404, Error(10007, "Unknown Member"));
        }
        if (method is "PUT" or "DELETE" && MemberRoleRoute().Match(route) is { Success: true } change)
        {
            return ChangeRole(method, change.Groups[1].Value, change.Groups[2].Value, change.Groups[3].Value);
        }
        return null;
    }

    private (int, JsonNode?) ChangeRole(string method, string guild, string user, string role)
    {
        if (!GuildRoles.TryGetValue(guild, out var roles) || !roles.TryGetValue(role, out var target))
        {
            return (404, Error(10011, "Unknown Role"));
        }
        if (!MemberRoles.TryGetValue($"{guild}/{user}", out var has))
        {
            return (404, Error(10007, "Unknown Member"));
        }
        var mine = Snapshot(RolesOf(guild, BotUserId)).Append(guild).Where(roles.ContainsKey).Select(r => roles[r]).ToList();
        var permissions = mine.Aggregate(0UL, (bits, r) => bits | r.Permissions);
        var top = mine.Max(r => r.Position);
        if ((permissions & (ManageRolesBit | 8)) == 0 || target.Position >= top || target.Managed)
        {
            return (403, Error(50013, "Missing Permissions"));
        }
        lock (has)
        {
            if (method == "PUT")
            {
                has.Add(role);
            }
            else
            {
                has.Remove(role);
            }
        }
        return (204, null);
    }

    private static List<string> Snapshot(HashSet<string> roles)
    {
        lock (roles)
        {
            return [.. roles.Order(StringComparer.Ordinal)];
        }
    }

    [GeneratedRegex(@"^/guilds/(\d+)/roles$")]
    private static partial Regex GuildRolesRoute();

    [GeneratedRegex(@"^/guilds/(\d+)/members/(\d+)$")]
    private static partial Regex GuildMemberRoute();

    [GeneratedRegex(@"^/guilds/(\d+)/members/(\d+)/roles/([^/]+)$")]
    private static partial Regex MemberRoleRoute();
}
