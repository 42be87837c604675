using CommunityBot.Core.Identity;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class IdentityStore(LiteDbContext db) : IIdentityStore
{
    private ILiteCollection<BsonDocument> Codes => db.Database.GetCollection("link_codes");

    private ILiteCollection<BsonDocument> Links => db.Database.GetCollection("links");

    private ILiteCollection<BsonDocument> Joins => db.Database.GetCollection("community_joins");

    public Task SaveCodeAsync(PendingCode code, CancellationToken ct)
    {
        Codes.Upsert(new BsonDocument
        {
            ["_id"] = code.Code, ["k"] = (int)code.Kind, ["p"] = code.Platform, ["c"] = code.Community, ["u"] = code.User,
            ["exp"] = code.Expires.ToUnixTimeMilliseconds(),
        });
        return Task.CompletedTask;
    }

    public Task<PendingCode?> TakeCodeAsync(string code, CancellationToken ct)
    {
        var doc = Codes.FindById(code);
        if (doc is null || !Codes.Delete(code))
        {
            return Task.FromResult<PendingCode?>(null);
        }
        return Task.FromResult<PendingCode?>(new PendingCode(code, (CodeKind)doc["k"].AsInt32, doc["p"].AsString, doc["c"].AsString,
            doc["u"].AsString, DateTimeOffset.FromUnixTimeMilliseconds(doc["exp"].AsInt64)));
    }

    public Task<IReadOnlyList<MemberLink>> LinksAsync(CancellationToken ct)
    {
        IReadOnlyList<MemberLink> links = Links.FindAll().Select(d => new MemberLink(
            new PlatformUser(d["p1"].AsString, d["u1"].AsString), new PlatformUser(d["p2"].AsString, d["u2"].AsString),
            DateTimeOffset.FromUnixTimeMilliseconds(d["at"].AsInt64))).ToList();
        return Task.FromResult(links);
    }

    public Task AddLinkAsync(MemberLink link, CancellationToken ct)
    {
        Links.Upsert(new BsonDocument
        {
            ["_id"] = Key(link.First) + "~" + Key(link.Second),
            ["p1"] = link.First.Platform, ["u1"] = link.First.User, ["p2"] = link.Second.Platform, ["u2"] = link.Second.User,
            ["at"] = link.At.ToUnixTimeMilliseconds(),
        });
        return Task.CompletedTask;
    }

    public Task<int> RemoveLinksAsync(PlatformUser account, CancellationToken ct) => Task.FromResult(Links.DeleteMany(
        Query.Or(Query.And(Query.EQ("p1", account.Platform), Query.EQ("u1", account.User)),
                 Query.And(Query.EQ("p2", account.Platform), Query.EQ("u2", account.User)))));

    public Task<IReadOnlyList<CommunityJoin>> JoinsAsync(CancellationToken ct)
    {
        IReadOnlyList<CommunityJoin> joins = Joins.FindAll().Select(d => new CommunityJoin(d["p"].AsString, d["g"].AsString,
            d["hp"].AsString, d["c"].AsString, DateTimeOffset.FromUnixTimeMilliseconds(d["at"].AsInt64))).ToList();
        return Task.FromResult(joins);
    }

    public Task AddJoinAsync(CommunityJoin join, CancellationToken ct)
    {
        Joins.Upsert(new BsonDocument
        {
            ["_id"] = join.Platform + "|" + join.Group, ["p"] = join.Platform, ["g"] = join.Group, ["hp"] = join.HomePlatform,
            ["c"] = join.Community, ["at"] = join.At.ToUnixTimeMilliseconds(),
        });
        return Task.CompletedTask;
    }

    public Task<bool> RemoveJoinAsync(string platform, string group, CancellationToken ct) => Task.FromResult(Joins.Delete(platform + "|" + group));

    private static string Key(PlatformUser account) => account.Platform + "|" + account.User;
}
