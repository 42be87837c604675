using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Profiles;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Hand-written BSON of recommendation models and profiles. Maps become arrays of tuples: tags, words and course ids
/// are free text, which BSON field names are not. Times are ticks (decay sums need more than milliseconds).
/// </summary>
internal static class RecommendationDocuments
{
    /// <summary>A member's profile id; the unit separator cannot occur in ids, so a community's profiles are one key range.</summary>
    public static string ProfileId(string community, string user) => CommunityPrefix(community) + user;

    public static string CommunityPrefix(string community) => community + "\u001f";

    public static BsonDocument ToDocument(MemberProfile p)
    {
        var doc = new BsonDocument
        {
            ["_id"] = ProfileId(p.Community, p.User), ["c"] = p.Community, ["u"] = p.User, ["nm"] = p.Name ?? "",
            ["fs"] = p.FirstSeen.UtcTicks, ["rf"] = Ticks(p.ReferenceTicks), ["a"] = p.Activity,
            ["i"] = new BsonArray(p.Interests.Select(kv => new BsonArray { kv.Key, kv.Value.Sum, kv.Value.Sources })),
            ["t"] = new BsonArray(p.Terms.SelectMany(tag => tag.Value.Select(kv => new BsonArray { tag.Key, kv.Key, kv.Value.Sum, kv.Value.Sources }))),
            ["co"] = new BsonArray(p.Courses.Select(kv => new BsonArray
            {
                kv.Key, Flags(kv.Value), Ticks(kv.Value.LastInteracted), Ticks(kv.Value.LastDigestShown), Ticks(kv.Value.LastDismissed),
            })),
        };
        if (p.LastUnsolicited is { } last)
        {
            doc["lu"] = last.UtcTicks;
        }
        return doc;
    }

    public static MemberProfile ToProfile(BsonDocument d)
    {
        var p = new MemberProfile(d["c"].AsString, d["u"].AsString)
        {
            Name = d["nm"].AsString is { Length: > 0 } name ? name : null,
            FirstSeen = Utc(d["fs"])!.Value, ReferenceTicks = d["rf"].IsNull ? null : d["rf"].AsInt64, Activity = d["a"].AsDouble, LastUnsolicited = d.TryGetValue("lu", out var lu) ? Utc(lu) : null,
        };
        foreach (var i in d["i"].AsArray.Select(v => v.AsArray))
        {
            p.Interests[i[0].AsString] = new Evidence(i[1].AsDouble, i[2].AsInt32);
        }
        foreach (var t in d["t"].AsArray.Select(v => v.AsArray))
        {
            if (!p.Terms.TryGetValue(t[0].AsString, out var terms))
            {
                p.Terms[t[0].AsString] = terms = new Dictionary<string, Evidence>(StringComparer.Ordinal);
            }
            terms[t[1].AsString] = new Evidence(t[2].AsDouble, t[3].AsInt32);
        }
        foreach (var c in d["co"].AsArray.Select(v => v.AsArray))
        {
            var flags = c[1].AsInt32;
            p.Courses[c[0].AsString] = new CourseHistory
            {
                Shown = (flags & 1) != 0, Owned = (flags & 2) != 0, Rejected = (flags & 4) != 0,
                LastInteracted = Utc(c[2]), LastDigestShown = Utc(c[3]), LastDismissed = Utc(c[4]),
            };
        }
        return p;
    }

    public static BsonDocument ToDocument(RecommendationModel m)
    {
        var space = m.Space;
        var doc = new BsonDocument
        {
            ["_id"] = m.Community, ["fp"] = m.Fingerprint, ["hl"] = m.HalfLifeDays, ["n"] = m.Observed,
            ["ml"] = m.MaxActivityLog2,
            ["cn"] = new BsonArray(Enumerable.Range(0, space.Count).Select(i =>
                new BsonArray(Enumerable.Range(0, (int)CourseCounter.Count).Select(c => new BsonValue(m.Count((CourseCounter)c, i))).Prepend(new BsonValue(space.Courses[i].Id))))),
            ["kn"] = new BsonArray(Enumerable.Range(0, space.Count).Where(i => m.Knn.Neighbors(i).Count > 0).Select(i => new BsonArray
            {
                space.Courses[i].Id,
                new BsonArray(m.Knn.Neighbors(i).SelectMany(n => (BsonValue[])[space.Courses[n.Item].Id, (double)n.Similarity])),
            })),
        };
        if (m.LastEvent is { } last)
        {
            doc["le"] = EventDocuments.ToDocument(last, EventKey.For(last));
        }
        return doc;
    }

    public static StoredModel ToStoredModel(BsonDocument d) => new(
        d["fp"].AsString, d["hl"].AsDouble, d["n"].AsInt64,
        d.TryGetValue("le", out var le) ? EventDocuments.FromDocument(le.AsDocument) : null,
        d["ml"].AsDouble,
        d["cn"].AsArray.Select(v => v.AsArray).ToDictionary(a => a[0].AsString, a => a.Skip(1).Select(x => x.AsInt32).ToArray(), StringComparer.Ordinal),
        d["kn"].AsArray.Select(v => v.AsArray).ToDictionary(a => a[0].AsString, a => (IReadOnlyList<(string, float)>)Pairs(a[1].AsArray), StringComparer.Ordinal));

    private static List<(string, float)> Pairs(BsonArray flat) =>
        Enumerable.Range(0, flat.Count / 2).Select(k => (flat[2 * k].AsString, (float)flat[(2 * k) + 1].AsDouble)).ToList();

    private static int Flags(CourseHistory h) => (h.Shown ? 1 : 0) | (h.Owned ? 2 : 0) | (h.Rejected ? 4 : 0);

    private static BsonValue Ticks(DateTimeOffset? at) => Ticks(at?.UtcTicks);

    private static BsonValue Ticks(long? ticks) => ticks is { } t ? new BsonValue(t) : BsonValue.Null;

    private static DateTimeOffset? Utc(BsonValue ticks) => ticks.IsNull ? null : new DateTimeOffset(ticks.AsInt64, TimeSpan.Zero);
}
