using CommunityBot.Core.Members;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class PrivacyStore(LiteDbContext db) : IPrivacyStore
{
    public Task<PrivacyChoice> GetAsync(string community, string user, CancellationToken ct)
    {
        var doc = db.Privacy.FindById(community + "|" + user);
        return Task.FromResult(doc is null ? PrivacyChoice.Visible : (PrivacyChoice)doc["choice"].AsInt32);
    }

    public Task SetAsync(string community, string user, PrivacyChoice choice, CancellationToken ct)
    {
        var id = community + "|" + user;
        if (choice == PrivacyChoice.Visible)
        {
            db.Privacy.Delete(id);
        }
        else
        {
            db.Privacy.Upsert(new BsonDocument { ["_id"] = id, ["c"] = community, ["u"] = user, ["choice"] = (int)choice });
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> OptedOutAsync(string community, CancellationToken ct)
    {
        IReadOnlySet<string> users = db.Privacy.Find(Query.EQ("c", community)).Select(d => d["u"].AsString).ToHashSet(StringComparer.Ordinal);
        return Task.FromResult(users);
    }
}
