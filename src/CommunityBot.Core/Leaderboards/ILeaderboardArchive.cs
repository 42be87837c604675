namespace CommunityBot.Core.Leaderboards;

/// <summary>Frozen results of finished calendar periods.</summary>
public interface ILeaderboardArchive
{
    /// <summary>Stores the final ranking of a period once; returns false when that period was already frozen.</summary>
    Task<bool> FreezeAsync(string community, string period, DateOnly first, DateOnly last, IReadOnlyList<LeaderboardEntry> entries, CancellationToken ct);
}
