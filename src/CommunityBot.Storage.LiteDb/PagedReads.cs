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

    /// <summary>
    /// For reading every event (the full score): pages of this size cost little more than one query (each new query
    /// starts on pages another left), while the cache still stays bounded by one page's data pages.
    /// </summary>
    public const int AllEventsPageSize = 100_000;

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

    /// <summary>
    /// The documents with <c>t</c> at or after <paramref name="from"/>, in time order, through the <c>t</c> index: one
    /// query per <paramref name="pageSize"/> documents, each streamed as it is read (a page held as a list was a GC
    /// burden of its own). The next query starts at the last time read, skipping what was returned at that instant.
    /// </summary>
    public static IEnumerable<BsonDocument> TimeRange(this ILiteCollection<BsonDocument> collection, DateTime from, int pageSize = TimePageSize)
    {
        var at = from;
        var size = pageSize;
        var returnedAtStart = new HashSet<string>(StringComparer.Ordinal); // documents already returned whose time is `at`
        var atLast = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var read = 0;
            DateTime? last = null;
            atLast.Clear();
            foreach (var doc in collection.Find(Query.GTE("t", at), 0, size))
            {
                read++;
                var t = doc["t"].AsDateTime;
                var id = doc["_id"].AsString;
                if (t != last)
                {
                    last = t;
                    atLast.Clear();
                }
                atLast.Add(id);
                if (t != at || !returnedAtStart.Contains(id))
                {
                    yield return doc;
                }
            }
            if (read < size)
            {
                yield break;
            }
            if (last == at)
            {
                size *= 2; // the whole page shares one instant: read that instant in one larger page
                returnedAtStart.UnionWith(atLast);
            }
            else
            {
                at = last!.Value;
                size = pageSize;
                (returnedAtStart, atLast) = (atLast, returnedAtStart);
            }
        }
    }
}
