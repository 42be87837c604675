using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Storage.LiteDb.Tests;

/// <summary>The ingest writer against a real LiteDB store whose writes fail: what came in is kept, never dropped.</summary>
public sealed class IngestFaultTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly Events _e = new(Now);

    private static async Task<(StoreFixture Store, FaultyEventStore Faults)> StartAsync(int outagePauseMs = 200)
    {
        FaultyEventStore faults = null!;
        var store = new StoreFixture(Now, services =>
        {
            faults = FaultyEventStore.Install(services);
            services.Configure<IngestOptions>(o => (o.OutagePauseMs, o.OutageRetries) = (outagePauseMs, 3));
        });
        await store.StartAsync();
        return (store, faults);
    }

    /// <summary>Stores one more event and waits for it: the writer is sequential, so everything queued before is through.</summary>
    private async Task FlushAsync(StoreFixture store) =>
        await store.Get<IIngestQueue>().StoreAsync([_e.Message("flush", TimeSpan.Zero, id: "flush")], CancellationToken.None);

    [Fact]
    public async Task EnqueuedEvents_WritesFailTwice_AllStoredOnRetry()
    {
        var (store, faults) = await StartAsync();
        await using var _ = store;
        faults.FailNextWrites = 2;

        for (var i = 0; i < 100; i++)
        {
            await store.Get<IIngestQueue>().EnqueueAsync(_e.Message("a", TimeSpan.FromSeconds(i), id: "q" + i), CancellationToken.None);
        }
        await FlushAsync(store);

        Assert.Equal(2, faults.FailedWrites);
        Assert.Equal(101, await store.Get<IActivityStore>().CountAsync("c1", CancellationToken.None));
    }

    [Fact]
    public async Task OneEventTheStoreRefuses_OnlyItIsLost_AndItsCallerIsTold()
    {
        var (store, faults) = await StartAsync();
        await using var _ = store;
        faults.Poison.Add("bad");
        var queue = store.Get<IIngestQueue>();

        await queue.EnqueueAsync(_e.Message("a", TimeSpan.FromSeconds(3), id: "good1"), CancellationToken.None);
        await queue.EnqueueAsync(_e.Message("a", TimeSpan.FromSeconds(2), id: "bad"), CancellationToken.None);
        await queue.EnqueueAsync(_e.Message("a", TimeSpan.FromSeconds(1), id: "good2"), CancellationToken.None);
        await FlushAsync(store);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            queue.StoreAsync([_e.Message("b", TimeSpan.Zero, id: "bad")], CancellationToken.None));

        var ids = (await store.Get<IActivityStore>().ReadCommunityAsync("c1", null, CancellationToken.None)).Select(e => e.MessageId).Order(StringComparer.Ordinal);
        Assert.Equal(["flush", "good1", "good2"], ids);
        Assert.Contains("was not stored", refused.Message, StringComparison.Ordinal); // alone, a refused event looks like an outage
    }

    [Fact]
    public async Task StoreDown_BatchWaitsAndIsWrittenWhenItIsBack()
    {
        var (store, faults) = await StartAsync();
        await using var _ = store;
        faults.FailNextWrites = 2 * (4 + 3); // twice every retry of the batch, then each of its 3 events alone: an outage
        var queue = store.Get<IIngestQueue>();

        var stored = queue.StoreAsync([.. Enumerable.Range(0, 3).Select(i => _e.Message("a", TimeSpan.FromSeconds(i), id: "o" + i))], CancellationToken.None);

        Assert.Equal(new IngestResult(3, 0), await stored.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(14, faults.FailedWrites);
    }

    [Fact]
    public async Task StoreDownAtShutdown_StopGivesUpAtOnce_AndTheCallerIsTold()
    {
        var (store, faults) = await StartAsync(outagePauseMs: 120_000);
        faults.FailNextWrites = int.MaxValue; // down for good
        var writer = store.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<IngestWriterService>().Single();
        var pending = store.Get<IIngestQueue>().StoreAsync([_e.Message("a", TimeSpan.Zero, id: "lost")], CancellationToken.None);
        while (faults.FailedWrites < 2)
        {
            await Task.Delay(10); // the writer is in its retries
        }

        await writer.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)); // the outage would hold it 3 × 2 minutes

        var told = await Assert.ThrowsAsync<InvalidOperationException>(() => pending);
        Assert.Contains("the store is down", told.Message, StringComparison.Ordinal);
        faults.FailNextWrites = 0;
        await store.DisposeAsync();
    }
}
