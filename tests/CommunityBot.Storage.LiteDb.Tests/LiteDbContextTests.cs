using CommunityBot.Core.Activity;
using CommunityBot.TestKit;
using LiteDB;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class LiteDbContextTests
{
    [Fact]
    public async Task Open_FileWithTheOldCommunityIndex_RecordsCountsAndPlatformsThenDropsTheIndex()
    {
        using var folder = new TempFolder();
        var path = folder.File("communitybot.db");
        var at = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        ActivityEvent Message(string platform, string community, string id) => new()
        {
            Kind = EventKind.Message, Platform = platform, Community = community, User = "u", At = at, MessageId = id, Text = "hi",
        };
        using (var old = new LiteDatabase(path))
        {
            var events = old.GetCollection("events");
            events.EnsureIndex("c");
            events.EnsureIndex("t");
            events.InsertBulk(new[] { Message("telegram", "c1", "1"), Message("import", "c1", "2"), Message("telegram", "c2", "3") }
                .Select(e => EventDocuments.ToDocument(e, EventKey.For(e))));
            old.GetCollection("communities").InsertBulk([new BsonDocument { ["_id"] = "c1" }, new BsonDocument { ["_id"] = "c2" }]);
        }

        using var db = new LiteDbContext(path);
        var store = new EventStore(db);

        Assert.Equal(2, await store.CountAsync("c1", CancellationToken.None));
        Assert.Equal(["1", "2"], (await store.ReadCommunityAsync("c1", null, CancellationToken.None)).Select(e => e.MessageId).Order());
        Assert.Equal("telegram", await store.PlatformOfAsync("c1", CancellationToken.None));
        Assert.Empty(db.Database.GetCollection("$indexes").Find(Query.And(Query.EQ("collection", "events"), Query.EQ("name", "c"))));
        await store.AppendAsync([Message("telegram", "c1", "4")], CancellationToken.None);
        Assert.Equal(3, await store.CountAsync("c1", CancellationToken.None));
        Assert.Equal(1, await store.CountAsync("c2", CancellationToken.None));
    }

    [Fact]
    public void Open_CorruptFile_FailsNamingTheFileAndLeavesItUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("communitybot.db");
        var garbage = Enumerable.Range(0, 20_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, garbage);
        var ex = Assert.Throws<StorageUnavailableException>(() => new LiteDbContext(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void Open_FileLockedByAnotherProcess_FailsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("communitybot.db");
        using (new LiteDbContext(path))
        {
        }
        // Another process holding the file exclusively looks the same to LiteDB as an exclusive handle here.
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var ex = Assert.Throws<StorageUnavailableException>(() => new LiteDbContext(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("locked", ex.Message, StringComparison.Ordinal);
    }
}
