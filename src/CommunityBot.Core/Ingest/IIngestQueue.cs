using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Ingest;

/// <summary>
/// The bounded queue between adapters and the event store. A background writer drains it in batches
/// and drains it completely on shutdown.
/// </summary>
public interface IIngestQueue
{
    /// <summary>Queues events without waiting for storage; waits only when the queue is full (back-pressure).</summary>
    ValueTask EnqueueAsync(ActivityEvent evt, CancellationToken ct);

    /// <summary>Queues events and returns once they are durably stored. Adapters acknowledge the platform after this.</summary>
    Task<IngestResult> StoreAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct);
}
