using CommunityBot.Core.Activity;
using CommunityBot.TestKit;

namespace CommunityBot.Storage.LiteDb.Tests;

/// <summary>A backup of the open database while writers keep writing is a state the database really was in.</summary>
public sealed class LiveBackupTests : IAsyncLifetime
{
    private const int Batch = 50;
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly StoreFixture _store = new(_now);
    private readonly TempFolder _folder = new();

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task BackupDuringWrites_HoldsWholeBatchesWithMatchingCounts_AndChangesNothing()
    {
        var events = new Events(_now);
        var store = _store.Get<IActivityStore>();
        await store.AppendAsync(Enumerable.Range(0, Batch).Select(i => events.Message("u" + (i % 7), TimeSpan.FromMinutes(i), id: $"seed-{i}")).ToList(), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var batches = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref batches);
                await store.AppendAsync(Enumerable.Range(0, Batch)
                    .Select(i => events.Message("u" + (i % 7), TimeSpan.FromSeconds(i), id: $"b{n}-{i}")).ToList(), CancellationToken.None);
            }
        });
        while (Volatile.Read(ref batches) < 3)
        {
            await Task.Delay(5);
        }

        var summaries = new List<BackupSummary>();
        for (var i = 0; i < 3; i++)
        {
            var file = _folder.File($"live-{i}.db");
            summaries.Add(await Task.Factory.StartNew(() => LiveBackup.Write(_store.Get<LiteDbContext>(), file), TaskCreationOptions.LongRunning));
        }
        await stop.CancelAsync();
        await writer;

        var live = await store.CountAsync("c1", CancellationToken.None);
        foreach (var summary in summaries)
        {
            using var copy = new LiteDbContext(summary.File);
            var stored = copy.Events.LongCount();
            Assert.Equal(summary.Events, stored);
            Assert.True(stored >= Batch && stored < live, $"backup holds {stored} of {live}");
            Assert.Equal(0, stored % Batch); // never half a batch: it was one transaction
            Assert.Equal(stored, copy.Communities.FindById("c1")["n"].AsInt64); // the count written with the events matches
            Assert.Contains(copy.Database.GetCollection("$indexes").FindAll(), i => i["collection"] == "events" && i["name"] != "_id");
        }
        Assert.True(summaries[2].Events >= summaries[0].Events);
        Assert.Equal(live, _store.Get<LiteDbContext>().Communities.FindById("c1")["n"].AsInt64);
    }

    [Fact]
    public void Backup_ToAnExistingFile_Refused_AndTheFileKept()
    {
        var file = _folder.File("taken.db");
        File.WriteAllText(file, "mine");
        var error = Assert.Throws<IOException>(() => LiveBackup.Write(_store.Get<LiteDbContext>(), file));
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }
}
