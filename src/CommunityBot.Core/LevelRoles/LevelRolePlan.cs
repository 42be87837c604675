namespace CommunityBot.Core.LevelRoles;

/// <summary>Which mapped roles a member at a level should have, and the changes that take them there.</summary>
public static class LevelRolePlan
{
    public static IReadOnlySet<string> Wanted(int level, IReadOnlyList<LevelRole> roles, LevelRoleMode mode)
    {
        var reached = roles.Where(r => r.Level <= level).OrderBy(r => r.Level).ToList();
        var wanted = mode == LevelRoleMode.Stack ? reached : reached.TakeLast(1);
        return wanted.Select(r => r.RoleId).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Adds the wanted roles the member lacks and removes the level roles (mapped now, or retired) they should not
    /// have; roles the bot does not manage are never touched.
    /// </summary>
    public static (IReadOnlyList<string> Add, IReadOnlyList<string> Remove) Changes(
        IReadOnlyCollection<string> has, IReadOnlySet<string> wanted, IEnumerable<string> levelRoles)
    {
        var current = has.ToHashSet(StringComparer.Ordinal);
        var add = wanted.Where(r => !current.Contains(r)).Order(StringComparer.Ordinal).ToList();
        var remove = levelRoles.Distinct(StringComparer.Ordinal).Where(r => current.Contains(r) && !wanted.Contains(r)).Order(StringComparer.Ordinal).ToList();
        return (add, remove);
    }
}
