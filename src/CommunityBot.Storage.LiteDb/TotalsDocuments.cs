using CommunityBot.Core.Engagement;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Hand-written BSON mapping of member totals: a full score writes one per member (50,000 in the benchmark), and
/// JSON inside a document cost about 70 µs each. Times are stored as ticks: the decay reference needs more than
/// LiteDB's milliseconds to give back the same numbers.
/// </summary>
internal static class TotalsDocuments
{
    public static BsonDocument ToDocument(BsonValue id, MemberTotals t)
    {
        var daily = new BsonDocument();
        foreach (var (day, points) in t.DailyPoints)
        {
            daily[day] = points;
        }
        var doc = new BsonDocument
        {
            ["_id"] = id, ["c"] = t.Community, ["u"] = t.User, ["nm"] = t.Name, ["rf"] = t.Reference.UtcTicks,
            ["cr"] = t.ContentRef, ["cf"] = t.ContentFlat, ["ir"] = t.InteractionRef, ["tr"] = t.TopicalRef,
            ["p"] = t.Points, ["m"] = t.Messages, ["rr"] = t.RepliesReceived, ["xr"] = t.ReactionsReceived,
            ["xg"] = t.ReactionsGiven, ["th"] = t.ThanksReceived, ["ci"] = t.CourseInteractions,
            ["fs"] = t.FirstSeen.UtcTicks, ["dp"] = daily,
        };
        if (t.LastActive is { } last)
        {
            doc["la"] = last.UtcTicks;
        }
        return doc;
    }

    public static MemberTotals FromDocument(BsonDocument d) => new()
    {
        Community = d["c"].AsString, User = d["u"].AsString, Name = d["nm"].AsString, Reference = Utc(d["rf"]),
        ContentRef = d["cr"].AsDouble, ContentFlat = d["cf"].AsDouble, InteractionRef = d["ir"].AsDouble, TopicalRef = d["tr"].AsDouble,
        Points = d["p"].AsInt64, Messages = d["m"].AsInt32, RepliesReceived = d["rr"].AsInt32, ReactionsReceived = d["xr"].AsInt32,
        ReactionsGiven = d["xg"].AsInt32, ThanksReceived = d["th"].AsInt32, CourseInteractions = d["ci"].AsInt32,
        FirstSeen = Utc(d["fs"]), LastActive = d.TryGetValue("la", out var la) ? Utc(la) : null,
        DailyPoints = d["dp"].AsDocument.ToDictionary(p => p.Key, p => p.Value.AsInt64, StringComparer.Ordinal),
    };

    /// <summary>Rows written before totals were stored (JSON scores) are not totals: the next score run replaces them.</summary>
    public static bool IsTotals(BsonDocument d) => d.ContainsKey("rf");

    private static DateTimeOffset Utc(BsonValue ticks) => new(ticks.AsInt64, TimeSpan.Zero);
}
