using CommunityBot.TestKit;
using LiteDB;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class PagedReadsTests
{
    private static readonly DateTime _start = new(2026, 11, 20, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(1_000)]
    public void TimeRange_AnyPageSize_EveryDocumentOnceInTimeOrder(int pageSize)
    {
        // Runs of one instant shorter than, as long as, and longer than a page, so pages end inside an instant.
        int[] runs = [1, 3, 4, 9, 1, 2, 12, 1];
        using var folder = new TempFolder();
        using var db = new LiteDatabase(folder.File("paged.db"));
        var collection = db.GetCollection("events");
        collection.EnsureIndex("t");
        var expected = new List<(DateTime T, string Id)>();
        for (var r = 0; r < runs.Length; r++)
        {
            for (var i = 0; i < runs[r]; i++)
            {
                expected.Add((_start.AddSeconds(r), $"e{r}-{i}"));
            }
        }
        // Inserted newest first: the order read must come from the index, not from insertion.
        collection.InsertBulk(Enumerable.Reverse(expected).Select(e => new BsonDocument { ["_id"] = e.Id, ["t"] = e.T }));

        var all = collection.TimeRange(DateTime.MinValue, pageSize).Select(d => (T: d["t"].AsDateTime.ToUniversalTime(), Id: d["_id"].AsString)).ToList();
        var fromThird = collection.TimeRange(_start.AddSeconds(3), pageSize).Select(d => d["_id"].AsString).ToList();

        Assert.Equal(expected.Select(e => e.Id).Order(StringComparer.Ordinal), all.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Select(e => e.T), all.Select(e => e.T));
        Assert.Equal(expected.Where(e => e.T >= _start.AddSeconds(3)).Select(e => e.Id).Order(StringComparer.Ordinal), fromThird.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TimeRange_StoppedEarly_LetsWritesGoOn()
    {
        using var folder = new TempFolder();
        using var db = new LiteDatabase(folder.File("paged.db"));
        var collection = db.GetCollection("events");
        collection.EnsureIndex("t");
        collection.InsertBulk(Enumerable.Range(0, 50).Select(i => new BsonDocument { ["_id"] = "e" + i, ["t"] = _start.AddSeconds(i) }));

        Assert.Equal("e0", collection.TimeRange(DateTime.MinValue, 5).First()["_id"].AsString);
        collection.Insert(new BsonDocument { ["_id"] = "late", ["t"] = _start.AddDays(1) }); // the reader above let go: writes go on
        Assert.Equal(51, collection.TimeRange(DateTime.MinValue, 5).Count());
    }
}
