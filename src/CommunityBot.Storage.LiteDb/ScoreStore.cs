using CommunityBot.Core.Engagement;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class ScoreStore(LiteDbContext db) : IScoreStore
{
    public Task SaveAsync(ScoringResult run, CancellationToken ct)
    {
        var community = run.Basis.Community;
        var rows = run.Changed.Select(t => TotalsDocuments.ToDocument(Id(community, t.User), t)).ToList();
        db.Database.BeginTrans();
        try
        {
            if (run.Complete)
            {
                db.Scores.DeleteMany(Query.EQ("c", community));
                db.Scores.InsertBulk(rows, Math.Max(1, rows.Count));
            }
            else if (rows.Count > 0)
            {
                db.Scores.Upsert(rows);
            }
            db.ScoreBases.Upsert(JsonDocuments.Wrap(community, community, run.Basis));
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
        return Task.CompletedTask;
    }

    /// <summary>Scores as of the last run: its basis applied to each member's stored totals (none before a first run).</summary>
    public Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct)
    {
        IReadOnlyList<MemberScore> scores = BasisOf(community) is { } basis
            ? db.Scores.Find(Query.EQ("c", community)).Where(TotalsDocuments.IsTotals).Select(d => basis.Materialize(TotalsDocuments.FromDocument(d))).ToList()
            : [];
        return Task.FromResult(scores);
    }

    public Task<ScoreBasis?> BasisAsync(string community, CancellationToken ct) => Task.FromResult(BasisOf(community));

    public Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct)
    {
        var basis = BasisOf(community);
        var doc = basis is null ? null : db.Scores.FindById(Id(community, user));
        return Task.FromResult(doc is not null && TotalsDocuments.IsTotals(doc) ? basis!.Materialize(TotalsDocuments.FromDocument(doc)) : null);
    }

    public Task AppendSnapshotAsync(CommunitySnapshot snapshot, CancellationToken ct)
    {
        db.Snapshots.Insert(JsonDocuments.Wrap(ObjectId.NewObjectId(), snapshot.Community, snapshot));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CommunitySnapshot>> SnapshotsAsync(string community, int take, CancellationToken ct)
    {
        IReadOnlyList<CommunitySnapshot> snapshots = db.Snapshots.Find(Query.EQ("c", community))
            .Select(JsonDocuments.Unwrap<CommunitySnapshot>)
            .OrderBy(s => s.At)
            .TakeLast(take)
            .ToList();
        return Task.FromResult(snapshots);
    }

    public Task DeleteCommunityAsync(string community, CancellationToken ct)
    {
        db.Scores.DeleteMany(Query.EQ("c", community));
        db.ScoreBases.Delete(community);
        db.Snapshots.DeleteMany(Query.EQ("c", community));
        return Task.CompletedTask;
    }

    private ScoreBasis? BasisOf(string community) =>
        db.ScoreBases.FindById(community) is { } doc ? JsonDocuments.Unwrap<ScoreBasis>(doc) : null;

    private static string Id(string community, string user) => community + "|" + user;
}
