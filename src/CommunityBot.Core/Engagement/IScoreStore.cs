namespace CommunityBot.Core.Engagement;

/// <summary>Computed member scores and community snapshots.</summary>
public interface IScoreStore
{
    /// <summary>
    /// Stores a score run atomically: its basis and the changed members' totals; when the run is complete, members
    /// it does not name are removed.
    /// </summary>
    Task SaveAsync(ScoringResult run, CancellationToken ct);

    Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct);

    Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct);

    /// <summary>The basis of the last stored run (null before a first run).</summary>
    Task<ScoreBasis?> BasisAsync(string community, CancellationToken ct);

    Task AppendSnapshotAsync(CommunitySnapshot snapshot, CancellationToken ct);

    /// <summary>The most recent snapshots, oldest first.</summary>
    Task<IReadOnlyList<CommunitySnapshot>> SnapshotsAsync(string community, int take, CancellationToken ct);

    Task DeleteCommunityAsync(string community, CancellationToken ct);
}
