using System.Runtime.CompilerServices;
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
        var documents = FindCommunity(community);
        if (since is { } from)
        {
            documents = documents.Where(d => d["t"].AsDateTime.ToUniversalTime() >= from.UtcDateTime);
        }
        return Task.FromResult<IReadOnlyList<ActivityEvent>>(InOrder(documents));
    }

    public async IAsyncEnumerable<ActivityEvent> StreamCommunityAsync(string community, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var e in await ReadCommunityAsync(community, null, ct))
        {
            yield return e;
        }
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadRecentAsync(string community, DateTimeOffset since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ActivityEvent>>(InOrder(db.Events.TimeRange(since.UtcDateTime).Where(d => d["c"].AsString == community)));

    /// <summary>A community's events as a list (a rebuild holds it whole), repeated strings shared.</summary>
    private static List<ActivityEvent> InOrder(IEnumerable<BsonDocument> documents)
    {
        var shared = new SharedStrings();
        return documents.Select(d => EventDocuments.FromDocument(d, shared)).Order(EventOrder.Instance).ToList();
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadAboutMessagesAsync(
        string community, IReadOnlyCollection<string> messageIds, IReadOnlyCollection<string> reactionsTo, CancellationToken ct)
    {
        var found = new List<BsonDocument>();
        foreach (var prefix in PlatformsOf(community).Select(platform => platform + "|" + community + "|"))
        {
            foreach (var id in messageIds)
            {
                found.AddRange(new[] { db.Events.FindById(prefix + "m|" + id), db.Events.FindById(prefix + "d|" + id) }.OfType<BsonDocument>());
            }
            foreach (var id in reactionsTo)
            {
                found.AddRange(db.Events.Find(Query.StartsWith("_id", prefix + "r+|" + id + "|")));
            }
        }
        IReadOnlyList<ActivityEvent> events = found.Where(d => d["c"].AsString == community).Select(EventDocuments.FromDocument).ToList();
        return Task.FromResult(events);
    }

    /// <summary>
    /// Through the time index, in pages (<see cref="PagedReads.TimeRange"/>): events mostly arrive in time order, so
    /// this reads the data pages nearly in sequence. As one query it left the whole file in LiteDB's cache for good
    /// (300k events: 3,662 cached pages after the ingest, 13,662 after the full score).
    /// </summary>
    public IEnumerable<ActivityEvent> ReadAllInTimeOrder() =>
        EventOrder.BreakTies(db.Events.TimeRange(DateTime.MinValue, PagedReads.AllEventsPageSize).Select(EventDocuments.FromDocument));

    public Task<DateTimeOffset?> FirstEventAtAsync(string community, CancellationToken ct)
    {
        // Through the time index: the community's first event is usually among the first of all.
        var first = PlatformsOf(community).Count == 0 ? null : db.Events.TimeRange(DateTime.MinValue).FirstOrDefault(d => d["c"].AsString == community);
        return Task.FromResult<DateTimeOffset?>(first is null ? null : new DateTimeOffset(first["t"].AsDateTime.ToUniversalTime(), TimeSpan.Zero));
    }

    public Task<DateTimeOffset?> LastMessageAtAsync(string community, string platform, DateTimeOffset notBefore, CancellationToken ct)
    {
        // Newest first through the time index, stopping at notBefore: an active community's last message is near the top.
        var kind = (int)EventKind.Message;
        var from = notBefore.UtcDateTime;
        var last = !PlatformsOf(community).Contains(platform) ? null : db.Events.Find(Query.All("t", Query.Descending))
            .TakeWhile(d => d["t"].AsDateTime.ToUniversalTime() >= from)
            .FirstOrDefault(d => d["c"].AsString == community && d["p"].AsString == platform && d["k"].AsInt32 == kind);
        return Task.FromResult<DateTimeOffset?>(last is null ? null : new DateTimeOffset(last["t"].AsDateTime.ToUniversalTime(), TimeSpan.Zero));
    }

    /// <summary>The first chat platform the community had events from; "import" only when it has nothing else.</summary>
    public Task<string?> PlatformOfAsync(string community, CancellationToken ct)
    {
        var platforms = PlatformsOf(community);
        return Task.FromResult(platforms.FirstOrDefault(p => p != ImportPlatform) ?? platforms.FirstOrDefault());
    }

    private const string ImportPlatform = "import";

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
            return Task.FromResult(db.Communities.FindById(community) is { } doc ? doc["n"].AsInt64 : 0L);
        }
    }

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct)
    {
        lock (_gate)
        {
            var deleted = PlatformsOf(community).Sum(platform => db.Events.DeleteMany(InCommunity(platform, community)));
            db.Communities.Delete(community);
            RecommendationStore.DeleteProfiles(db, community);
            db.RecommendationModels.Delete(community);
            db.MemberLevels.DeleteMany(Query.StartsWith("_id", community + "\u001f"));
            return Task.FromResult(deleted);
        }
    }

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct)
    {
        lock (_gate)
        {
            var deleted = PlatformsOf(community).Sum(platform => db.Events.DeleteMany(Query.And(InCommunity(platform, community), Query.EQ("u", user))));
            if (deleted > 0 && db.Communities.FindById(community) is { } doc)
            {
                doc["n"] = doc["n"].AsInt64 - deleted;
                db.Communities.Update(doc);
            }
            // What the recommender derived from the member goes too; the changed count makes the model rebuild without them.
            db.RecommendationProfiles.Delete(RecommendationDocuments.ProfileId(community, user));
            MemberErasure.EraseDerived(db, community, user);
            return Task.FromResult(deleted);
        }
    }

    public Task<int> PurgeTextBeforeAsync(string community, DateTimeOffset cutoff, CancellationToken ct)
    {
        lock (_gate)
        {
            var old = FindCommunity(community).Where(d => d["t"].AsDateTime.ToUniversalTime() < cutoff.UtcDateTime && d.TryGetValue("tx", out var text) && !text.IsNull).ToList();
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
                var doc = db.Communities.FindById(group.Key) ?? new BsonDocument { ["_id"] = group.Key, ["n"] = 0L, ["pf"] = new BsonArray() };
                doc["n"] = doc["n"].AsInt64 + group.Count();
                var platforms = doc["pf"].AsArray;
                foreach (var platform in group.Select(d => d["p"]).Distinct().Where(p => !platforms.Contains(p)))
                {
                    platforms.Add(platform);
                }
                db.Communities.Upsert(doc);
            }
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    private List<string> PlatformsOf(string community) =>
        db.Communities.FindById(community)?["pf"].AsArray.Select(p => p.AsString).ToList() ?? [];

    /// <summary>
    /// A community's events without an index on the community: keys start with "platform|community|" (see
    /// <see cref="EventKey"/>), so each platform's events are one range of the primary key. The equality filter
    /// keeps out a community whose id extends this one's with a '|'.
    /// </summary>
    private static BsonExpression InCommunity(string platform, string community) =>
        Query.And(Query.StartsWith("_id", platform + "|" + community + "|"), Query.EQ("c", community));

    /// <summary>A community's events, one key range per platform (paged: see <see cref="PagedReads"/>).</summary>
    private IEnumerable<BsonDocument> FindCommunity(string community) =>
        PlatformsOf(community).SelectMany(platform => db.Events.KeyRange(platform + "|" + community + "|")).Where(d => d["c"].AsString == community);

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

    private HashSet<int> KnownHashes() => _knownHashes ??= db.Events.Keys().Select(StringComparer.Ordinal.GetHashCode).ToHashSet();
}
