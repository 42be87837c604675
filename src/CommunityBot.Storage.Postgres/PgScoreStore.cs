using CommunityBot.Core.Engagement;

namespace CommunityBot.Storage.Postgres;

/// <summary>Each member's totals (one document per member) and the community's basis, written in one transaction; snapshots beside them.</summary>
internal sealed class PgScoreStore(Documents docs) : IScoreStore
{
    public async Task SaveAsync(ScoringResult run, CancellationToken ct)
    {
        var community = run.Basis.Community;
        await using var connection = await docs.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (run.Complete)
        {
            await docs.DeleteAsync(DocKinds.Score, community, null, ct, connection, transaction);
        }
        await docs.UpsertManyAsync(DocKinds.Score, community, [.. run.Changed.Select(t => (t.User, t))], ct, connection, transaction);
        await docs.UpsertManyAsync(DocKinds.ScoreBasis, community, [(community, run.Basis)], ct, connection, transaction);
        await transaction.CommitAsync(ct);
    }

    public Task<ScoreBasis?> BasisAsync(string community, CancellationToken ct) => BasisOfAsync(community, ct);

    public async Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct) =>
        await BasisOfAsync(community, ct) is { } basis
            ? [.. (await docs.ListAsync<MemberTotals>(DocKinds.Score, community, ct)).Select(d => basis.Materialize(d.Body))]
            : [];

    public async Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct) =>
        await BasisOfAsync(community, ct) is { } basis && await docs.GetAsync<MemberTotals>(DocKinds.Score, community, user, ct) is { } totals
            ? basis.Materialize(totals)
            : null;

    public Task AppendSnapshotAsync(CommunitySnapshot snapshot, CancellationToken ct) =>
        docs.UpsertAsync(DocKinds.Snapshot, snapshot.Community, Guid.NewGuid().ToString("N"), snapshot, ct);

    public async Task<IReadOnlyList<CommunitySnapshot>> SnapshotsAsync(string community, int take, CancellationToken ct) =>
        [.. (await docs.ListAsync<CommunitySnapshot>(DocKinds.Snapshot, community, ct)).Select(d => d.Body).OrderBy(s => s.At).TakeLast(take)];

    public async Task DeleteCommunityAsync(string community, CancellationToken ct)
    {
        foreach (var kind in new[] { DocKinds.Score, DocKinds.ScoreBasis, DocKinds.Snapshot })
        {
            await docs.DeleteAsync(kind, community, null, ct);
        }
    }

    private Task<ScoreBasis?> BasisOfAsync(string community, CancellationToken ct) => docs.GetAsync<ScoreBasis>(DocKinds.ScoreBasis, community, community, ct);
}
