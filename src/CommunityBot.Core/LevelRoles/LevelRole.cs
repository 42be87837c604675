namespace CommunityBot.Core.LevelRoles;

/// <summary>A role members get from a level on. The name is what the admin saw when mapping it, for lists.</summary>
public sealed record LevelRole(int Level, string RoleId, string RoleName);

public enum LevelRoleMode
{
    /// <summary>Members keep every role up to their level.</summary>
    Stack,

    /// <summary>Members keep only the role of the highest level they reached.</summary>
    Replace,
}
