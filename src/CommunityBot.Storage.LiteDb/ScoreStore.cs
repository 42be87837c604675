using CommunityBot.Core.Engagement;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class ScoreStore(LiteDbContext db) : IScoreStore
{
    public Task ReplaceCommunityAsync(string community, IReadOnlyList<MemberScore> scores, CancellationToken ct)
    {
        db.Database.BeginTrans();
        try
        {
            db.Scores.DeleteMany(Query.EQ("c", community));
            db.Scores.InsertBulk(scores.Select(s => JsonDocuments.Wrap(Id(community, s.User), community, s)), Math.Max(1, scores.Count));
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<MemberScore>> ListAsync(string community, CancellationToken ct)
    {
        IReadOnlyList<MemberScore> scores = db.Scores.Find(Query.EQ("c", community)).Select(JsonDocuments.Unwrap<MemberScore>).ToList();
        return Task.FromResult(scores);
    }

    public Task<MemberScore?> GetAsync(string community, string user, CancellationToken ct)
    {
        var doc = db.Scores.FindById(Id(community, user));
        return Task.FromResult(doc is null ? null : JsonDocuments.Unwrap<MemberScore>(doc));
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
        db.Snapshots.DeleteMany(Query.EQ("c", community));
        return Task.CompletedTask;
    }

    private static string Id(string community, string user) => community + "|" + user;
}
