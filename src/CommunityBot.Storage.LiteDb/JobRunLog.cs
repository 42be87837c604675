using CommunityBot.Core.Communities;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

internal sealed class JobRunLog(LiteDbContext db) : IJobRunLog
{
    private ILiteCollection<BsonDocument> Runs => db.Database.GetCollection("jobruns");

    public Task<DateTimeOffset?> LastRunAsync(string job, string community, CancellationToken ct)
    {
        var doc = Runs.FindById(job + "|" + community);
        return Task.FromResult<DateTimeOffset?>(doc is null ? null : new DateTimeOffset(doc["t"].AsDateTime.ToUniversalTime(), TimeSpan.Zero));
    }

    public Task RecordAsync(string job, string community, DateTimeOffset at, CancellationToken ct)
    {
        Runs.Upsert(new BsonDocument { ["_id"] = job + "|" + community, ["t"] = at.UtcDateTime });
        return Task.CompletedTask;
    }
}
