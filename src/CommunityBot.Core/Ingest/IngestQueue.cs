using System.Threading.Channels;
using CommunityBot.Core.Activity;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Ingest;

/// <summary>A bounded channel of events; callers that need durability get a completion with their batch.</summary>
public sealed class IngestQueue(IOptions<IngestOptions> options) : IIngestQueue
{
    private readonly Channel<IngestItem> _channel = Channel.CreateBounded<IngestItem>(
        new BoundedChannelOptions(Math.Max(1, options.Value.Capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    internal ChannelReader<IngestItem> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(ActivityEvent evt, CancellationToken ct) =>
        _channel.Writer.WriteAsync(new IngestItem(evt, null), ct);

    public async Task<IngestResult> StoreAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return IngestResult.Empty;
        }
        var receipt = new IngestReceipt(events.Count);
        foreach (var evt in events)
        {
            await _channel.Writer.WriteAsync(new IngestItem(evt, receipt), ct);
        }
        return await receipt.Task.WaitAsync(ct);
    }

    /// <summary>No more events are accepted; the writer drains what is queued and stops.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}

internal sealed record IngestItem(ActivityEvent Event, IngestReceipt? Receipt);
