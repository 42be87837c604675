using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class EventStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, 123, TimeSpan.Zero);
    private readonly StoreFixture _store = new(_now);
    private readonly Events _e = new(_now);

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Append_SameEventsTwice_StoredOnce()
    {
        var events = new[] { _e.Message("a", TimeSpan.FromMinutes(5), id: "m1"), _e.Reaction("b", "m1", TimeSpan.FromMinutes(4)) };
        var queue = _store.Get<IIngestQueue>();
        Assert.Equal(new IngestResult(2, 0), await queue.StoreAsync(events, CancellationToken.None));
        Assert.Equal(new IngestResult(0, 2), await queue.StoreAsync(events, CancellationToken.None));
        Assert.Equal(2, await _store.Get<IActivityStore>().CountAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task Count_FollowsAppendsMemberErasureAndCommunityDeletion()
    {
        var store = _store.Get<IActivityStore>();
        var queue = _store.Get<IIngestQueue>();
        await queue.StoreAsync([_e.Message("a", TimeSpan.FromMinutes(9), id: "m1"), _e.Message("b", TimeSpan.FromMinutes(8), id: "m2")], CancellationToken.None);
        await queue.StoreAsync([_e.Reaction("b", "m1", TimeSpan.FromMinutes(7)), _e.Message("a", TimeSpan.FromMinutes(9), id: "m1")], CancellationToken.None);
        Assert.Equal(3, await store.CountAsync("c1", CancellationToken.None));

        Assert.Equal(2, await store.DeleteMemberAsync("c1", "b", CancellationToken.None));
        Assert.Equal(1, await store.CountAsync("c1", CancellationToken.None));
        Assert.Equal((await store.ReadCommunityAsync("c1", null, CancellationToken.None)).Count, await store.CountAsync("c1", CancellationToken.None));

        await store.DeleteCommunityAsync("c1", CancellationToken.None);
        Assert.Equal(0, await store.CountAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task Read_CommunityWhoseIdExtendsAnotherWithABar_KeptApart()
    {
        // Keys are "platform|community|…": "a"'s key range also covers "a|b"'s keys, which must not leak in.
        await _store.Get<IIngestQueue>().StoreAsync(
            [_e.Message("x", TimeSpan.FromMinutes(2), id: "m1") with { Community = "a" }, _e.Message("y", TimeSpan.FromMinutes(1), id: "m1") with { Community = "a|b" }],
            CancellationToken.None);
        var store = _store.Get<IActivityStore>();

        Assert.Equal(["x"], (await store.ReadCommunityAsync("a", null, CancellationToken.None)).Select(e => e.User));
        Assert.Equal(1, await store.DeleteCommunityAsync("a", CancellationToken.None));
        Assert.Equal(["y"], (await store.ReadCommunityAsync("a|b", null, CancellationToken.None)).Select(e => e.User));
    }

    [Fact]
    public async Task Reads_LargerThanOnePage_EveryEventOnceInOrder()
    {
        var other = new Events(_now, community: "c2");
        var events = new List<ActivityEvent>();
        for (var i = 0; i < 3_000; i++)
        {
            events.Add(_e.Message("a", TimeSpan.FromSeconds(i / 3), id: "m" + i)); // three to an instant, so pages end inside one
            events.Add(other.Message("b", TimeSpan.FromSeconds(i / 3), id: "m" + i));
        }
        events.AddRange(Enumerable.Range(0, 4_500).Select(i => _e.Reaction("u" + i, "m0", TimeSpan.FromHours(2)))); // one instant, more than two pages
        var store = _store.Get<IActivityStore>();
        await _store.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

        var all = store.ReadAllInTimeOrder().ToList();
        var community = await store.ReadCommunityAsync("c1", null, CancellationToken.None);
        var recent = await store.ReadRecentAsync("c1", _now.AddMinutes(-10), CancellationToken.None);
        var since = await store.ReadCommunityAsync("c1", _now.AddMinutes(-10), CancellationToken.None);

        Assert.Equal(events.Select(EventKey.For).Order(StringComparer.Ordinal), all.Select(EventKey.For).Order(StringComparer.Ordinal));
        Assert.Equal(events.Order(EventOrder.Instance).Select(EventKey.For), all.Select(EventKey.For));
        Assert.Equal(7_500, community.Count);
        Assert.Equal(events.Where(e => e.Community == "c1").Order(EventOrder.Instance).Select(EventKey.For), community.Select(EventKey.For));
        var expectedRecent = events.Where(e => e.Community == "c1" && e.At >= _now.AddMinutes(-10)).Order(EventOrder.Instance).Select(EventKey.For).ToList();
        Assert.Equal(expectedRecent, recent.Select(EventKey.For));
        Assert.Equal(expectedRecent, since.Select(EventKey.For));
        Assert.Equal(_now.AddHours(-2), await store.FirstEventAtAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task ReadAboutMessages_MessageDeletionAndReactions_NothingElse()
    {
        var other = new Events(_now, community: "c1|x");
        await _store.Get<IIngestQueue>().StoreAsync(
        [
            _e.Message("a", TimeSpan.FromMinutes(9), id: "m1"), _e.Message("a", TimeSpan.FromMinutes(9), id: "m12"),
            _e.Reaction("b", "m1", TimeSpan.FromMinutes(8)), _e.Reaction("c", "m1", TimeSpan.FromMinutes(7)), _e.Reaction("c", "m12", TimeSpan.FromMinutes(7)),
            _e.Reaction("b", "m1", TimeSpan.FromMinutes(6), removed: true), _e.Delete("m1", TimeSpan.FromMinutes(5)),
            other.Message("a", TimeSpan.FromMinutes(9), id: "m1"), other.Reaction("b", "m1", TimeSpan.FromMinutes(8)),
        ], CancellationToken.None);

        var store = _store.Get<IActivityStore>();
        var about = await store.ReadAboutMessagesAsync("c1", ["m1", "m404"], ["m1"], CancellationToken.None);
        var withoutReactions = await store.ReadAboutMessagesAsync("c1", ["m1", "m12"], [], CancellationToken.None);

        Assert.All(about, e => Assert.Equal(("c1", "m1"), (e.Community, e.MessageId)));
        Assert.Equal([EventKind.Message, EventKind.ReactionAdded, EventKind.ReactionAdded, EventKind.Delete],
            about.Order(EventOrder.Instance).Select(e => e.Kind));
        Assert.Equal([("m1", EventKind.Message), ("m12", EventKind.Message), ("m1", EventKind.Delete)],
            withoutReactions.Order(EventOrder.Instance).Select(e => (e.MessageId, e.Kind)));
    }

    [Fact]
    public async Task Append_DuplicateInsideOneBatch_StoredOnce()
    {
        var m = _e.Message("a", TimeSpan.FromMinutes(5), id: "m1");
        var result = await _store.Get<IIngestQueue>().StoreAsync([m, m with { Text = "re-delivered" }], CancellationToken.None);
        Assert.Equal(new IngestResult(1, 1), result);
    }

    [Fact]
    public async Task Read_RoundTripsEveryFieldAtMillisecondPrecision()
    {
        var original = _e.Message("a", TimeSpan.Zero, "hello @b", replyTo: "m0", mentions: ["b"]) with { Attachments = 2, ThreadStart = true };
        await _store.Get<IIngestQueue>().StoreAsync([original], CancellationToken.None);
        var read = (await _store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None)).Single();
        Assert.Equal(original.At, read.At);
        Assert.Equal(original with { Mentions = read.Mentions }, read);
        Assert.Equal(["b"], read.Mentions);
    }

    [Fact]
    public async Task Purge_OldText_RemovedButEventKept()
    {
        await _store.Get<IIngestQueue>().StoreAsync([_e.Message("a", TimeSpan.FromDays(40), "old secret"), _e.Message("a", TimeSpan.FromDays(1), "recent")], CancellationToken.None);
        var purged = await _store.Get<IActivityStore>().PurgeTextBeforeAsync("c1", _now.AddDays(-30), CancellationToken.None);
        var events = await _store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None);
        Assert.Equal(1, purged);
        Assert.Equal([null, "recent"], events.Select(e => e.Text));
        Assert.Equal("old secret".Length, events[0].Length);
    }

    [Fact]
    public async Task Shutdown_DrainsQueuedEvents()
    {
        using var folder = new TempFolder();
        var store = await new StoreFixture(_now, databaseFile: folder.File("drain.db")).StartAsync();
        var queue = store.Get<IIngestQueue>();
        for (var i = 0; i < 2_000; i++)
        {
            await queue.EnqueueAsync(_e.Message("a", TimeSpan.FromSeconds(i), id: "q" + i), CancellationToken.None);
        }
        await store.DisposeAsync(); // stops the writer, which must store everything queued first
        using var reopened = new LiteDbContext(folder.File("drain.db"));
        Assert.Equal(2_000, reopened.Events.Count());
    }
}
