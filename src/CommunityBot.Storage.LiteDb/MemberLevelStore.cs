using CommunityBot.Core.Live;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Known levels keyed "community \u001f user", so a community's levels are one key range.</summary>
internal sealed class MemberLevelStore(LiteDbContext db) : IMemberLevelStore
{
    /// <summary>Past this many members one range read of the community beats one lookup each.</summary>
    private const int LookupLimit = 200;

    public Task<IReadOnlyDictionary<string, int>> GetAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        if (users.Count > LookupLimit)
        {
            var wanted = users.ToHashSet(StringComparer.Ordinal);
            foreach (var doc in db.MemberLevels.Find(Query.StartsWith("_id", community + "\u001f")))
            {
                if (wanted.Contains(doc["u"].AsString))
                {
                    found[doc["u"].AsString] = doc["l"].AsInt32;
                }
            }
        }
        else
        {
            foreach (var user in users)
            {
                if (db.MemberLevels.FindById(Id(community, user)) is { } doc)
                {
                    found[user] = doc["l"].AsInt32;
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, int>>(found);
    }

    public Task<IReadOnlyDictionary<string, int>> AllAsync(string community, int minLevel, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, int>>(db.MemberLevels.Find(Query.StartsWith("_id", community + "\u001f"))
            .Where(doc => doc["l"].AsInt32 >= minLevel)
            .ToDictionary(doc => doc["u"].AsString, doc => doc["l"].AsInt32, StringComparer.Ordinal));

    public Task SaveAsync(string community, IReadOnlyDictionary<string, int> levels, CancellationToken ct)
    {
        if (levels.Count > 0)
        {
            db.MemberLevels.Upsert(levels.Select(l => new BsonDocument
            {
                ["_id"] = Id(community, l.Key), ["c"] = community, ["u"] = l.Key, ["l"] = l.Value,
            }));
        }
        return Task.CompletedTask;
    }

    internal static string Id(string community, string user) => community + "\u001f" + user;
}
