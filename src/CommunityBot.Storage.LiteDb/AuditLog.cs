using CommunityBot.Core.Communities;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class AuditLog(LiteDbContext db) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken ct)
    {
        db.Audit.Insert(JsonDocuments.Wrap(ObjectId.NewObjectId(), entry.Community, entry));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(string community, int take, CancellationToken ct)
    {
        // Entries written in the same instant keep their write order: an ObjectId grows with every insert.
        IReadOnlyList<AuditEntry> entries = db.Audit.Find(Query.EQ("c", community))
            .Select(doc => (Id: doc["_id"].AsObjectId, Entry: JsonDocuments.Unwrap<AuditEntry>(doc)))
            .OrderByDescending(e => e.Entry.At)
            .ThenByDescending(e => e.Id)
            .Take(take)
            .Select(e => e.Entry)
            .ToList();
        return Task.FromResult(entries);
    }
}
