using CommunityBot.Core.Recommendations.Clicks;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Redirect tokens keyed by the token itself, so a click is one primary-key lookup.</summary>
internal sealed class ClickTokenStore(LiteDbContext db) : IClickTokenStore
{
    private ILiteCollection<BsonDocument> Tokens => db.Database.GetCollection("clicks");

    public Task SaveAsync(ClickToken token, CancellationToken ct)
    {
        Tokens.Upsert(new BsonDocument
        {
            ["_id"] = token.Token,
            ["p"] = token.Platform,
            ["c"] = token.Community,
            ["u"] = token.User,
            ["course"] = token.Course,
            ["url"] = token.Url,
            ["at"] = token.CreatedAt.ToUnixTimeMilliseconds(),
            ["src"] = token.Source,
        });
        return Task.CompletedTask;
    }

    public Task<ClickToken?> FindAsync(string token, CancellationToken ct) =>
        Task.FromResult(Tokens.FindById(token) is { } doc ? FromDocument(doc) : null);

    public Task<IReadOnlyList<ClickToken>> ListAsync(string community, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ClickToken>>([.. Tokens.Find(Query.EQ("c", community)).Select(FromDocument)]);

    private static ClickToken FromDocument(BsonDocument doc) => new(
        doc["_id"].AsString, doc["p"].AsString, doc["c"].AsString, doc["u"].AsString, doc["course"].AsString, doc["url"].AsString,
        DateTimeOffset.FromUnixTimeMilliseconds(doc["at"].AsInt64), doc["src"].IsString ? doc["src"].AsString : "");
}
