using CommunityBot.Core.Challenges;
using CommunityBot.Core.Leaderboards;
using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Everything kept about a member besides their events, erased by /privacy delete (as in the LiteDB store): level,
/// role-sync entry, nudge choice, click links, recommendation profile, their rows on frozen leaderboards and their
/// replies credited to the running challenge. Their sales stay in the ledger without the buyer reference or the member.
/// </summary>
internal static class MemberErasure
{
    public static async Task EraseDerivedAsync(Documents docs, NpgsqlConnection connection, NpgsqlTransaction transaction, string community, string user, CancellationToken ct)
    {
        foreach (var kind in new[] { DocKinds.Level, DocKinds.RoleSync, DocKinds.Nudge, DocKinds.RecommendationProfile })
        {
            await docs.DeleteAsync(kind, community, user, ct, connection, transaction);
        }
        await PgEventStore.ExecuteAsync(connection, transaction, "DELETE FROM docs WHERE kind = $1 AND community = $2 AND body->>'User' = $3", ct, DocKinds.Click, community, user);
        await PgEventStore.ExecuteAsync(connection, transaction,
            "UPDATE docs SET body = body || '{\"Member\": null, \"Buyer\": null}'::jsonb WHERE kind = $1 AND community = $2 AND body->>'Member' = $3",
            ct, DocKinds.Sale, community, user);
        foreach (var (id, entries) in await Documents.ListAsync<List<LeaderboardEntry>>(connection, transaction, DocKinds.FrozenBoard, community, ct))
        {
            if (entries.RemoveAll(e => e.User == user) > 0)
            {
                await docs.UpsertManyAsync(DocKinds.FrozenBoard, community, [(id, entries)], ct, connection, transaction);
            }
        }
        foreach (var (id, challenge) in await Documents.ListAsync<Challenge>(connection, transaction, DocKinds.Challenge, community, ct))
        {
            if (challenge.Replies.Any(r => r.User == user))
            {
                await docs.UpsertManyAsync(DocKinds.Challenge, community, [(id, challenge with { Replies = [.. challenge.Replies.Where(r => r.User != user)] })], ct, connection, transaction);
            }
        }
    }
}
