using Stopwatch = System.Diagnostics.Stopwatch;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Bench;

/// <summary>
/// Feeds events through the real ingest queue the way adapters do: several concurrent callers, each handing over a
/// small batch (a Telegram getUpdates page, a burst of gateway events) and waiting until it is durably stored.
/// </summary>
internal sealed class BenchIngest(IServiceProvider services, TextWriter progress)
{
    public const int CallerBatch = 1_000;
    public const int Callers = 32;

    public async Task<(long Stored, double Seconds)> StoreAllAsync(IEnumerable<ActivityEvent> events, int expected, CancellationToken ct)
    {
        var queue = services.GetRequiredService<IIngestQueue>();
        var inFlight = new List<Task<IngestResult>>(Callers);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long stored = 0;
        foreach (var batch in events.Chunk(CallerBatch))
        {
            if (inFlight.Count == Callers)
            {
                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                stored += (await done).Stored;
                if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(5))
                {
                    lastReport = clock.Elapsed;
                    progress.WriteLine($"  ingest pipeline: {stored:N0} of {expected:N0} stored ({stored / clock.Elapsed.TotalSeconds:N0}/s)");
                }
            }
            inFlight.Add(queue.StoreAsync(batch, ct));
        }
        foreach (var result in await Task.WhenAll(inFlight))
        {
            stored += result.Stored;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        progress.WriteLine($"ingest pipeline: {stored:N0} events stored in {seconds:0.0} s ({stored / seconds:N0}/s)");
        return (stored, seconds);
    }
}
