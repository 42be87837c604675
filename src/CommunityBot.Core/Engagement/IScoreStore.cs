namespace CommunityBot.Core.Engagement;

/// <summary>Computed member scores and community snapshots.</summary>
public interface IScoreStore
{
    /// <summary>Replaces every score of the community with the given ones, atomically.</summary>
    Task ReplaceCommunityAsync(string community, IReadOnlyList<MemberScore> scores, CancellationToken ct);

    Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct);

    Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct);

    Task AppendSnapshotAsync(CommunitySnapshot snapshot, CancellationToken ct);

    /// <summary>The most recent snapshots, oldest first.</summary>
    Task<IReadOnlyList<CommunitySnapshot>> SnapshotsAsync(string community, int take, CancellationToken ct);

    Task DeleteCommunityAsync(string community, CancellationToken ct);
}
