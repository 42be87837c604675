using CommunityBot.Core.Purchases;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Sales keyed "community \u001f shop event id" (the insert itself refuses a replay); webhook secrets keyed by community.</summary>
internal sealed class SalesLedger(LiteDbContext db) : ISalesLedger
{
    private ILiteCollection<BsonDocument> Sales => db.Database.GetCollection("sales");

    private ILiteCollection<BsonDocument> Secrets => db.Database.GetCollection("hooksecrets");

    public Task<bool> TryRecordAsync(string community, Sale sale, CancellationToken ct)
    {
        var doc = new BsonDocument
        {
            ["_id"] = community + "\u001f" + sale.EventId, ["c"] = community, ["id"] = sale.EventId, ["course"] = sale.Course,
            ["amount"] = sale.Amount, ["cur"] = sale.Currency, ["at"] = sale.At.UtcTicks,
            ["buyer"] = sale.Buyer is { } buyer ? buyer : BsonValue.Null,
            ["member"] = sale.Member is { } member ? member : BsonValue.Null,
            ["src"] = sale.Source is { } source ? source : BsonValue.Null,
        };
        try
        {
            Sales.Insert(doc);
            return Task.FromResult(true);
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Task.FromResult(false);
        }
    }

    public Task<IReadOnlyList<Sale>> ListAsync(string community, CancellationToken ct)
    {
        IReadOnlyList<Sale> sales = Sales.Find(Query.EQ("c", community)).Select(d => new Sale(
            d["id"].AsString, d["course"].AsString, d["amount"].AsDecimal, d["cur"].AsString,
            d["buyer"].IsNull ? null : d["buyer"].AsString, new DateTimeOffset(d["at"].AsInt64, TimeSpan.Zero))
        {
            Member = d["member"].IsNull ? null : d["member"].AsString,
            Source = d["src"].IsString ? d["src"].AsString : null,
        }).OrderBy(s => s.At).ToList();
        return Task.FromResult(sales);
    }

    public Task<string?> SecretAsync(string community, CancellationToken ct) =>
        Task.FromResult(Secrets.FindById(community) is { } doc ? doc["s"].AsString : null);

    public Task SetSecretAsync(string community, string secret, CancellationToken ct)
    {
        Secrets.Upsert(new BsonDocument { ["_id"] = community, ["s"] = secret });
        return Task.CompletedTask;
    }
}
