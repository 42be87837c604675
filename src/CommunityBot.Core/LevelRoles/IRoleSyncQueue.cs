namespace CommunityBot.Core.LevelRoles;

/// <summary>
/// Members whose level roles must be brought in line, kept in the store so a long re-sync resumes after a restart.
/// </summary>
public interface IRoleSyncQueue
{
    Task EnqueueAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct);

    /// <summary>Communities with members waiting.</summary>
    Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct);

    Task<IReadOnlyList<QueuedMember>> PeekAsync(string community, int max, CancellationToken ct);

    /// <summary>Drops the entry unless the member was queued again since it was peeked (their level moved meanwhile).</summary>
    Task DoneAsync(string community, QueuedMember member, CancellationToken ct);

    Task<int> CountAsync(string community, CancellationToken ct);
}

/// <param name="User">The member.</param>
/// <param name="Version">Changes each time the member is queued.</param>
public sealed record QueuedMember(string User, string Version);
