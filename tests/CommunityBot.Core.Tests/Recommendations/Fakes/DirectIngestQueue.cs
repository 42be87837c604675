using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

/// <summary>Stores straight into the given store, so a test sees events as soon as the call returns.</summary>
internal sealed class DirectIngestQueue(IActivityStore store) : IIngestQueue
{
    public async ValueTask EnqueueAsync(ActivityEvent evt, CancellationToken ct) => await store.AppendAsync([evt], ct);

    public async Task<IngestResult> StoreAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        var stored = await store.AppendAsync(events, ct);
        return new IngestResult(stored.Count(s => s), stored.Count(s => !s));
    }
}
