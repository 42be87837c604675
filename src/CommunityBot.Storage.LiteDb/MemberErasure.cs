using CommunityBot.Core.Challenges;
using CommunityBot.Core.Leaderboards;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Everything kept about a member besides their events, erased by /privacy delete: level, role-sync entry, nudge
/// choice, click links, their rows on frozen leaderboards and their replies credited to the running challenge. Their
/// sales stay in the seller's ledger (revenue figures must not change) without the buyer reference or the member.
/// Scores and snapshots are not here: the re-score after the erasure rewrites them without the member. The audit log
/// keeps what admins did (accountability), which names only the admin who acted.
/// </summary>
internal static class MemberErasure
{
    public static void EraseDerived(LiteDbContext db, string community, string user)
    {
        var id = MemberLevelStore.Id(community, user);
        db.MemberLevels.Delete(id);
        db.RoleSync.Delete(id);
        db.Nudges.Delete(id);
        db.Database.GetCollection("clicks").DeleteMany(Query.And(Query.EQ("c", community), Query.EQ("u", user)));
        var sales = db.Database.GetCollection("sales");
        foreach (var sale in sales.Find(Query.And(Query.EQ("c", community), Query.EQ("member", user))).ToList())
        {
            sale["member"] = BsonValue.Null;
            sale["buyer"] = BsonValue.Null;
            sales.Update(sale);
        }
        var boards = db.Database.GetCollection("frozen_boards");
        foreach (var doc in boards.Find(Query.EQ("c", community)).ToList())
        {
            var entries = JsonDocuments.Unwrap<List<LeaderboardEntry>>(doc);
            if (entries.RemoveAll(e => e.User == user) > 0)
            {
                boards.Update(JsonDocuments.Wrap(doc["_id"], community, entries));
            }
        }
        if (db.Challenges.FindById(community) is { } current)
        {
            var challenge = JsonDocuments.Unwrap<Challenge>(current);
            if (challenge.Replies.Any(r => r.User == user))
            {
                db.Challenges.Update(JsonDocuments.Wrap(community, community, challenge with { Replies = [.. challenge.Replies.Where(r => r.User != user)] }));
            }
        }
    }
}
