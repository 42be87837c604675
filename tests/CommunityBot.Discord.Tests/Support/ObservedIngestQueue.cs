using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>
/// Wraps the real ingest queue: tests await the events whose StoreAsync returned (the adapter's "stored" signal)
/// and count the ones the LiteDB store dropped as already stored.
/// </summary>
public sealed class ObservedIngestQueue(IIngestQueue inner) : IIngestQueue
{
    private int _duplicates;

    public Observed<ActivityEvent> Stored { get; } = new();

    public int Duplicates => Volatile.Read(ref _duplicates);

    public ValueTask EnqueueAsync(ActivityEvent evt, CancellationToken ct) => inner.EnqueueAsync(evt, ct);

    public async Task<IngestResult> StoreAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        var result = await inner.StoreAsync(events, ct);
        Interlocked.Add(ref _duplicates, result.Duplicates);
        foreach (var e in events)
        {
            Stored.Add(e);
        }
        return result;
    }
}
