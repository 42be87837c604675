using Stopwatch = System.Diagnostics.Stopwatch;
using CommunityBot.Core.Activity;
using CommunityBot.Hosting;

namespace CommunityBot.Bench;

/// <summary>
/// PostgreSQL only: two more bot hosts (each its own connection pool, ingest queue and writer, as two processes
/// would have) receive the same events at once, as when a re-delivery reaches the other instance. Every event
/// must be stored exactly once: the two hosts' "stored" counts add up to the events, and so does the database's count.
/// </summary>
internal sealed class TwinIngestPhase(BenchStore store, string scratchFolder, TextWriter progress)
{
    /// <summary>Null until the phase ran (it runs on PostgreSQL only).</summary>
    public int? Events { get; private set; }
    public long? StoredByBoth { get; private set; }
    public long? Counted { get; private set; }
    public double? EventsPerS { get; private set; }

    public async Task RunAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        progress.WriteLine($"two instances ingesting the same {events.Count:N0} events at once…");
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var builder = Host.CreateApplicationBuilder([]);
                builder.AddCommunityBot(new BotPaths(Path.Combine(scratchFolder, "twin" + i), null), withAdapters: false, store.Settings());
                var host = builder.Build();
                await host.StartAsync(ct);
                hosts.Add(host);
            }
            var reader = hosts[0].Services.GetRequiredService<IActivityStore>();
            var before = await TotalAsync(reader, ct);
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(hosts.Select(h => new BenchIngest(h.Services, TextWriter.Null).StoreAllAsync(events, events.Count, ct)));
            var seconds = clock.Elapsed.TotalSeconds;
            Events = events.Count;
            StoredByBoth = results.Sum(r => r.Stored);
            Counted = await TotalAsync(reader, ct) - before;
            EventsPerS = Math.Round(events.Count / seconds);
            progress.WriteLine($"two instances: {Events:N0} events sent to both, {StoredByBoth:N0} stored between them, "
                + $"{Counted:N0} new in the database, in {seconds:0.0} s ({EventsPerS:N0} distinct events/s)");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync(CancellationToken.None);
                host.Dispose();
            }
        }
    }

    private static async Task<long> TotalAsync(IActivityStore store, CancellationToken ct)
    {
        long total = 0;
        foreach (var community in await store.CommunitiesAsync(ct))
        {
            total += await store.CountAsync(community, ct);
        }
        return total;
    }
}
