using System.Globalization;
using CommunityBot.Core.Leaderboards;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class LeaderboardArchive(LiteDbContext db) : ILeaderboardArchive
{
    private ILiteCollection<BsonDocument> Boards => db.Database.GetCollection("frozen_boards");

    public Task<bool> FreezeAsync(string community, string period, DateOnly first, DateOnly last, IReadOnlyList<LeaderboardEntry> entries, CancellationToken ct)
    {
        var id = Id(community, period, first);
        if (Boards.FindById(id) is not null)
        {
            return Task.FromResult(false);
        }
        Boards.Insert(JsonDocuments.Wrap(id, community, entries));
        return Task.FromResult(true);
    }

    private static string Id(string community, string period, DateOnly first) =>
        string.Create(CultureInfo.InvariantCulture, $"{community}|{period}|{first:yyyy-MM-dd}");
}
