using System.Threading.Channels;
using CommunityBot.Core.Activity;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Ingest;

/// <summary>A bounded channel of events; callers that need durability get a completion with their batch.</summary>
public sealed class IngestQueue(IOptions<IngestOptions> options, Identity.IdentityDirectory identities) : IIngestQueue
{
    private readonly Channel<IngestItem> _channel = Channel.CreateBounded<IngestItem>(
        new BoundedChannelOptions(Math.Max(1, options.Value.Capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    internal ChannelReader<IngestItem> Reader => _channel.Reader;

    /// <summary>Longest message text kept; platforms send at most 4,096 characters, anything longer is hostile.</summary>
    public const int MaxTextLength = Import.JsonlEventParser.MaxTextLength;

    public ValueTask EnqueueAsync(ActivityEvent evt, CancellationToken ct) =>
        _channel.Writer.WriteAsync(new IngestItem(Safe(evt), null), ct);

    public async Task<IngestResult> StoreAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        if (events.Count == 0)
        {
            return IngestResult.Empty;
        }
        var receipt = new IngestReceipt(events.Count);
        foreach (var evt in events)
        {
            await _channel.Writer.WriteAsync(new IngestItem(Safe(evt), receipt), ct);
        }
        return await receipt.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Every event, from any adapter, is stored under the community it belongs to (a joined group's under the community
    /// it joined), and without control, bidi-override or zero-width characters and unpaired
    /// surrogates in its text and name, and with its text capped: what a prankster types can neither disguise a name
    /// on a board nor break text handling later.
    /// </summary>
    private ActivityEvent Safe(ActivityEvent evt)
    {
        evt = identities.Route(evt);
        if (!Import.SafeText.NeedsCleaning(evt.Text) && !Import.SafeText.NeedsCleaning(evt.UserName) && (evt.Text?.Length ?? 0) <= MaxTextLength)
        {
            return evt;
        }
        var text = Import.SafeText.Clean(evt.Text);
        return evt with
        {
            Text = text is null ? null : Import.SafeText.Cap(text, MaxTextLength),
            UserName = Import.SafeText.Clean(evt.UserName),
        };
    }

    /// <summary>No more events are accepted; the writer drains what is queued and stops.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}

internal sealed record IngestItem(ActivityEvent Event, IngestReceipt? Receipt);
