namespace CommunityBot.Core.Identity;

/// <summary>A member's account on one platform.</summary>
public readonly record struct PlatformUser(string Platform, string User);

/// <summary>Two accounts of one person on two platforms, joined by <c>/link CODE</c>.</summary>
public sealed record MemberLink(PlatformUser First, PlatformUser Second, DateTimeOffset At)
{
    public bool Involves(PlatformUser account) => First == account || Second == account;

    public PlatformUser Other(PlatformUser account) => First == account ? Second : First;
}

/// <summary>
/// A group on another platform that counts as part of a community (a Telegram group joined to a Discord server):
/// its events are stored under <see cref="Community"/>, and its members' linked accounts count once there.
/// </summary>
public sealed record CommunityJoin(string Platform, string Group, string HomePlatform, string Community, DateTimeOffset At);

public enum CodeKind
{
    /// <summary>From <c>/link</c>: joins the account that asked with the one that gives the code back.</summary>
    Member,
    /// <summary>From <c>/community code</c>: joins the group where it is given back to the community that asked.</summary>
    Community,
}

/// <summary>A one-time code waiting to be given back on the other platform before it expires.</summary>
public sealed record PendingCode(string Code, CodeKind Kind, string Platform, string Community, string User, DateTimeOffset Expires);
