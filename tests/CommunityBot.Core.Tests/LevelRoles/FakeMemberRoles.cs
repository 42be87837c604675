using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Tests.LevelRoles;

/// <summary>A roles platform in memory: roles Regular (r1) and Veteran (r2) below the bot's role, and members' roles.</summary>
internal sealed class FakeMemberRoles : IMemberRoles
{
    public string Platform => "discord";

    public Dictionary<string, HashSet<string>> Members { get; } = new(StringComparer.Ordinal);

    public List<string> Changes { get; } = [];

    public Task<RoleAccess> AccessAsync(string community, CancellationToken ct) => Task.FromResult(new RoleAccess(
    [
        new PlatformRole("g1", "@everyone", 0, false, true),
        new PlatformRole("r1", "Regular", 1, false, false),
        new PlatformRole("r2", "Veteran", 2, false, false),
    ], CanManageRoles: true, BotTopPosition: 5));

    public Task<IReadOnlyList<string>?> MemberRolesAsync(string community, string user, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>?>(Members.GetValueOrDefault(user)?.Order(StringComparer.Ordinal).ToList());

    public Task AddAsync(string community, string user, string role, string reason, CancellationToken ct)
    {
        Members[user].Add(role);
        Changes.Add($"+{role} {user}");
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string community, string user, string role, string reason, CancellationToken ct)
    {
        Members[user].Remove(role);
        Changes.Add($"-{role} {user}");
        return Task.CompletedTask;
    }
}
