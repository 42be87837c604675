using CommunityBot.Core.Nudges;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Nudge records keyed "community \u001f user", indexed by community and opt-in.</summary>
internal sealed class NudgeStore(LiteDbContext db) : INudgeStore
{
    public Task<NudgeRecord?> GetAsync(string community, string user, CancellationToken ct) =>
        Task.FromResult(db.Nudges.FindById(Id(community, user)) is { } doc ? FromDocument(doc) : null);

    public Task SaveAsync(NudgeRecord record, CancellationToken ct)
    {
        db.Nudges.Upsert(new BsonDocument
        {
            ["_id"] = Id(record.Community, record.User), ["c"] = record.Community, ["u"] = record.User, ["on"] = record.OptedIn,
            ["peak"] = record.PeakEngagement,
            ["last"] = record.LastNudgedAt is { } last ? last.UtcTicks : BsonValue.Null,
            ["refused"] = record.RefusedAt is { } refused ? refused.UtcTicks : BsonValue.Null,
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<NudgeRecord>> OptedInAsync(string community, CancellationToken ct)
    {
        IReadOnlyList<NudgeRecord> records = db.Nudges.Find(Query.And(Query.EQ("c", community), Query.EQ("on", true)))
            .Select(FromDocument).ToList();
        return Task.FromResult(records);
    }

    private static NudgeRecord FromDocument(BsonDocument doc) => new()
    {
        Community = doc["c"].AsString, User = doc["u"].AsString, OptedIn = doc["on"].AsBoolean, PeakEngagement = doc["peak"].AsDouble,
        LastNudgedAt = At(doc["last"]), RefusedAt = At(doc["refused"]),
    };

    private static DateTimeOffset? At(BsonValue value) => value.IsNull ? null : new DateTimeOffset(value.AsInt64, TimeSpan.Zero);

    private static string Id(string community, string user) => community + "\u001f" + user;
}
