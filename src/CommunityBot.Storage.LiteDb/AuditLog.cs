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
        IReadOnlyList<AuditEntry> entries = db.Audit.Find(Query.EQ("c", community))
            .Select(JsonDocuments.Unwrap<AuditEntry>)
            .OrderByDescending(e => e.At)
            .Take(take)
            .ToList();
        return Task.FromResult(entries);
    }
}
