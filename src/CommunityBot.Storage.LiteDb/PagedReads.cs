using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Large reads as a series of small queries. LiteDB 5 keeps every page one query touches in its page cache, and the
/// cache never shrinks while the database is open (LiteDB issues #2278, #2813): one query over a million events, or
/// over one community whose events are spread over every page of the file, leaves the process holding the whole
/// file in memory. Each page of results here is its own query, so the cache stays near one page's worth of pages.
/// </summary>
internal static class PagedReads
{
    public const int PageSize = 2_000;

    /// <summary>Events are stored in about the order of their time, so a page of the time index touches few data pages.</summary>
    public const int TimePageSize = 20_000;

    /// <summary>The documents whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public static IEnumerable<BsonDocument> KeyRange(this ILiteCollection<BsonDocument> collection, string prefix)
    {
        var from = Query.GTE("_id", prefix);
        while (true)
        {
            var page = collection.Find(from, 0, PageSize).ToList();
            foreach (var doc in page)
            {
                // The database collation ignores case, and so does its key order.
                if (!doc["_id"].AsString.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    yield break;
                }
                yield return doc;
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            from = Query.GT("_id", page[^1]["_id"]);
        }
    }

    /// <summary>Every key of the collection, read from the key index alone.</summary>
    public static IEnumerable<string> Keys(this ILiteCollection<BsonDocument> collection)
    {
        BsonExpression? after = null;
        while (true)
        {
            var query = collection.Query();
            if (after is not null)
            {
                query = query.Where(after);
            }
            var page = query.Select("{ _id }").Limit(PageSize).ToDocuments().Select(d => d["_id"].AsString).ToList();
            foreach (var key in page)
            {
                yield return key;
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            after = Query.GT("_id", page[^1]);
        }
    }

    /// <summary>The documents with <c>t</c> at or after <paramref name="from"/>, in time order, through the <c>t</c> index.</summary>
    public static IEnumerable<BsonDocument> TimeRange(this ILiteCollection<BsonDocument> collection, DateTime from)
    {
        var at = from;
        var size = TimePageSize;
        var readAtEdge = new HashSet<string>(StringComparer.Ordinal); // documents already returned whose time is `at`
        while (true)
        {
            var page = collection.Find(Query.GTE("t", at), 0, size).ToList();
            foreach (var doc in page.Where(d => !readAtEdge.Contains(d["_id"].AsString)))
            {
                yield return doc;
            }
            if (page.Count < size)
            {
                yield break;
            }
            var edge = page[^1]["t"].AsDateTime;
            if (edge == at)
            {
                size *= 2; // the whole page shares one instant: read that instant in one larger page
            }
            else
            {
                at = edge;
                size = TimePageSize;
                readAtEdge.Clear();
            }
            readAtEdge.UnionWith(page.Where(d => d["t"].AsDateTime == edge).Select(d => d["_id"].AsString));
        }
    }
}
