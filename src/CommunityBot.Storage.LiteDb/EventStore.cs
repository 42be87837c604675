using CommunityBot.Core.Activity;
using CommunityBot.Core.Members;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Events in one collection keyed by <see cref="EventKey"/>. Duplicates are found without a read per event:
/// an in-memory set of key hashes (loaded once) answers "new" for almost every key, and only a hash hit is
/// confirmed by a primary-key lookup.
/// </summary>
internal sealed class EventStore(LiteDbContext db) : IActivityStore
{
    private readonly Lock _gate = new();
    private HashSet<int>? _knownHashes;

    public Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        lock (_gate)
        {
            var known = KnownHashes();
            var stored = new bool[events.Count];
            var batchKeys = new HashSet<string>(events.Count, StringComparer.Ordinal);
            var newHashes = new List<int>(events.Count);
            var documents = new List<BsonDocument>(events.Count);
            var erased = ErasedMembers(events);
            for (var i = 0; i < events.Count; i++)
            {
                if (erased.Count > 0 && erased.Contains((events[i].Community, events[i].User)))
                {
                    continue; // the member chose /privacy delete: capture stopped
                }
                var key = EventKey.For(events[i]);
                var hash = StringComparer.Ordinal.GetHashCode(key);
                var duplicate = !batchKeys.Add(key) || (known.Contains(hash) && db.Events.FindById(key) is not null);
                if (!duplicate)
                {
                    documents.Add(EventDocuments.ToDocument(events[i], key));
                    newHashes.Add(hash);
                    stored[i] = true;
                }
            }
            if (documents.Count > 0)
            {
                InsertCounted(documents);
                known.UnionWith(newHashes); // only after the commit: a failed batch must not hide its keys
            }
            return Task.FromResult<IReadOnlyList<bool>>(stored);
        }
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct)
    {
        var query = since is { } from
            ? Query.And(Query.EQ("c", community), Query.GTE("t", from.UtcDateTime))
            : Query.EQ("c", community);
        var events = db.Events.Find(query).Select(EventDocuments.FromDocument).ToList();
        // Stable sort: events with the same millisecond keep their insertion order.
        IReadOnlyList<ActivityEvent> ordered = events.OrderBy(e => e.At).ToList();
        return Task.FromResult(ordered);
    }

    /// <summary>Through the time index: events mostly arrive in time order, so this reads the pages nearly in sequence.</summary>
    public IEnumerable<ActivityEvent> ReadAllInTimeOrder() =>
        db.Events.Find(Query.All("t", Query.Ascending)).Select(EventDocuments.FromDocument);

    public Task<DateTimeOffset?> FirstEventAtAsync(string community, CancellationToken ct)
    {
        var first = db.Events.Find(Query.EQ("c", community))
            .Select(d => d["t"].AsDateTime.ToUniversalTime())
            .DefaultIfEmpty(DateTime.MaxValue)
            .Min();
        return Task.FromResult<DateTimeOffset?>(first == DateTime.MaxValue ? null : new DateTimeOffset(first, TimeSpan.Zero));
    }

    public Task<string?> PlatformOfAsync(string community, CancellationToken ct) =>
        Task.FromResult(db.Events.FindOne(Query.EQ("c", community))?["p"].AsString);

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct)
    {
        IReadOnlyList<string> communities = db.Communities.FindAll().Select(d => d["_id"].AsString).Order(StringComparer.Ordinal).ToList();
        return Task.FromResult(communities);
    }

    /// <summary>Kept in the community's document: counting through the index took 0.3 s per 100,000 events.</summary>
    public Task<long> CountAsync(string community, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(db.Communities.FindById(community) is { } doc ? StoredCount(doc) : 0L);
        }
    }

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct)
    {
        lock (_gate)
        {
            db.Communities.Delete(community);
            return Task.FromResult(db.Events.DeleteMany(Query.EQ("c", community)));
        }
    }

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct)
    {
        lock (_gate)
        {
            var deleted = db.Events.DeleteMany(Query.And(Query.EQ("c", community), Query.EQ("u", user)));
            if (deleted > 0 && db.Communities.FindById(community) is { } doc)
            {
                doc["n"] = StoredCount(doc) - deleted;
                db.Communities.Update(doc);
            }
            return Task.FromResult(deleted);
        }
    }

    public Task<int> PurgeTextBeforeAsync(string community, DateTimeOffset cutoff, CancellationToken ct)
    {
        lock (_gate)
        {
            var old = db.Events.Find(Query.And(Query.EQ("c", community), Query.LT("t", cutoff.UtcDateTime), Query.Not("tx", BsonValue.Null))).ToList();
            foreach (var doc in old)
            {
                doc.Remove("tx");
            }
            return Task.FromResult(old.Count == 0 ? 0 : db.Events.Update(old));
        }
    }

    /// <summary>The events and their communities' counts in one transaction, so the counts never drift.</summary>
    private void InsertCounted(List<BsonDocument> documents)
    {
        db.Database.BeginTrans();
        try
        {
            db.Events.InsertBulk(documents, documents.Count);
            foreach (var group in documents.GroupBy(d => d["c"].AsString, StringComparer.Ordinal))
            {
                var doc = db.Communities.FindById(group.Key);
                var count = doc is null ? group.Count() : StoredCount(doc, counted: group.Count());
                db.Communities.Upsert(new BsonDocument { ["_id"] = group.Key, ["n"] = count });
            }
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    /// <summary>The community's stored count; databases from before counts were kept get theirs counted once.</summary>
    private long StoredCount(BsonDocument community, long counted = 0) =>
        community.TryGetValue("n", out var n) ? n.AsInt64 + counted : db.Events.LongCount(Query.EQ("c", community["_id"].AsString));

    private HashSet<(string, string)> ErasedMembers(IReadOnlyList<ActivityEvent> events)
    {
        var erased = new HashSet<(string, string)>();
        foreach (var community in events.Select(e => e.Community).Distinct(StringComparer.Ordinal))
        {
            foreach (var doc in db.Privacy.Find(Query.And(Query.EQ("c", community), Query.EQ("choice", (int)PrivacyChoice.Deleted))))
            {
                erased.Add((community, doc["u"].AsString));
            }
        }
        return erased;
    }

    private HashSet<int> KnownHashes() => _knownHashes ??= db.Events.Query()
        .Select(BsonExpression.Create("{ _id }")).ToDocuments()
        .Select(d => StringComparer.Ordinal.GetHashCode(d["_id"].AsString))
        .ToHashSet();
}
