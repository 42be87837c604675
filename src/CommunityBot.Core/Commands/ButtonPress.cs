namespace CommunityBot.Core.Commands;

/// <summary>A member pressed a button of an earlier reply; <see cref="Action"/> is the button's action string.</summary>
public sealed record ButtonPress(
    string Platform,
    string Community,
    string Channel,
    string User,
    string UserName,
    MemberRole PlatformRole,
    string Action)
{
    public IReadOnlyList<string> RoleIds { get; init; } = [];
}
