using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class EventStoreRestartTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_SameEventsAfterRestart_StoredOnce()
    {
        using var folder = new TempFolder();
        var e = new Events(_now);
        var events = Enumerable.Range(0, 4_500).Select(i => e.Message("a", TimeSpan.FromSeconds(i), id: "m" + i)).ToList(); // more than one page of keys
        await using (var first = await new StoreFixture(_now, databaseFile: folder.File("restart.db")).StartAsync())
        {
            Assert.Equal(new IngestResult(4_500, 0), await first.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None));
        }
        await using var second = await new StoreFixture(_now, databaseFile: folder.File("restart.db")).StartAsync();
        var again = await second.Get<IIngestQueue>().StoreAsync([.. events, e.Message("b", TimeSpan.Zero, id: "new")], CancellationToken.None);
        Assert.Equal(new IngestResult(1, 4_500), again);
        Assert.Equal(4_501, await second.Get<IActivityStore>().CountAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task Communities_EventsOfTwoCommunities_BothListedInOrder()
    {
        await using var store = await new StoreFixture(_now).StartAsync();
        var b = new Events(_now, community: "b-community").Message("x", TimeSpan.FromMinutes(1));
        var a = new Events(_now, community: "a-community").Message("y", TimeSpan.FromMinutes(2));
        await store.Get<IIngestQueue>().StoreAsync([b, a], CancellationToken.None);
        Assert.Equal(["a-community", "b-community"], await store.Get<IActivityStore>().CommunitiesAsync(CancellationToken.None));
    }
}
