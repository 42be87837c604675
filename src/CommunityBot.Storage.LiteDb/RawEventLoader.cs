using CommunityBot.Core.Activity;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// The practical limit the ingest pipeline is measured against: the same event documents (same keys, same indexes,
/// same database settings) inserted with LiteDB's own InsertBulk, no queue, no deduplication.
/// </summary>
public static class RawEventLoader
{
    /// <summary>Inserts every event into a fresh database file in chunks (InsertBulk ignores its batch size: one call is one transaction).</summary>
    public static long Load(string databaseFile, IEnumerable<ActivityEvent> events, int chunk, Action<long>? progress = null)
    {
        using var db = new LiteDbContext(databaseFile);
        var documents = new List<LiteDB.BsonDocument>(chunk);
        long total = 0;
        foreach (var e in events)
        {
            documents.Add(EventDocuments.ToDocument(e, EventKey.For(e)));
            if (documents.Count == chunk)
            {
                total += db.Events.InsertBulk(documents, chunk);
                documents.Clear();
                progress?.Invoke(total);
            }
        }
        if (documents.Count > 0)
        {
            total += db.Events.InsertBulk(documents, documents.Count);
        }
        return total;
    }
}
