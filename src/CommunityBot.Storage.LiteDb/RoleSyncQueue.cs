using CommunityBot.Core.LevelRoles;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Members waiting for a level-role sync, keyed "community \u001f user" (queued twice is queued once).</summary>
internal sealed class RoleSyncQueue(LiteDbContext db) : IRoleSyncQueue
{
    public Task EnqueueAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct)
    {
        if (users.Count > 0)
        {
            db.RoleSync.Upsert(users.Select(u => new BsonDocument
            {
                ["_id"] = MemberLevelStore.Id(community, u), ["c"] = community, ["u"] = u, ["v"] = ObjectId.NewObjectId().ToString(),
            }));
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>(db.RoleSync.Query().Select(d => d["c"].AsString).ToEnumerable().Distinct(StringComparer.Ordinal).ToList());

    public Task<IReadOnlyList<QueuedMember>> PeekAsync(string community, int max, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<QueuedMember>>(db.RoleSync.Find(Query.StartsWith("_id", community + "\u001f"), limit: max)
            .Select(d => new QueuedMember(d["u"].AsString, d["v"].AsString)).ToList());

    public Task DoneAsync(string community, QueuedMember member, CancellationToken ct)
    {
        db.RoleSync.DeleteMany(Query.And(Query.EQ("_id", MemberLevelStore.Id(community, member.User)), Query.EQ("v", member.Version)));
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(string community, CancellationToken ct) =>
        Task.FromResult(db.RoleSync.Count(Query.StartsWith("_id", community + "\u001f")));
}
