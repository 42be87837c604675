namespace CommunityBot.Core.Identity;

/// <summary>Linked accounts, joined groups and the one-time codes that create them.</summary>
public interface IIdentityStore
{
    Task SaveCodeAsync(PendingCode code, CancellationToken ct);

    /// <summary>Removes the code and returns it; null when there is none. A code can be taken once.</summary>
    Task<PendingCode?> TakeCodeAsync(string code, CancellationToken ct);

    Task<IReadOnlyList<MemberLink>> LinksAsync(CancellationToken ct);

    Task AddLinkAsync(MemberLink link, CancellationToken ct);

    /// <summary>Removes every link of the account; returns how many.</summary>
    Task<int> RemoveLinksAsync(PlatformUser account, CancellationToken ct);

    Task<IReadOnlyList<CommunityJoin>> JoinsAsync(CancellationToken ct);

    Task AddJoinAsync(CommunityJoin join, CancellationToken ct);

    Task<bool> RemoveJoinAsync(string platform, string group, CancellationToken ct);
}
