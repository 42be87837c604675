using CommunityBot.Core.Activity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Ingest;

/// <summary>
/// Drains the ingest queue into the event store in batches bounded by size and latency.
/// On shutdown the queue is completed and everything already queued is written before the host stops.
/// </summary>
public sealed class IngestWriterService(
    IngestQueue queue,
    IActivityStore store,
    IOptions<IngestOptions> options,
    ILogger<IngestWriterService> logger) : BackgroundService
{
    private readonly List<IngestItem> _batch = new(options.Value.MaxBatch);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Reader;
        // Reading ignores stoppingToken on purpose: StopAsync completes the channel, and the loop ends once drained.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            await FillBatchAsync(reader);
            await WriteBatchAsync();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task FillBatchAsync(System.Threading.Channels.ChannelReader<IngestItem> reader)
    {
        var max = options.Value.MaxBatch;
        using var latency = new CancellationTokenSource(options.Value.MaxLatencyMs);
        while (_batch.Count < max)
        {
            while (_batch.Count < max && reader.TryRead(out var item))
            {
                _batch.Add(item);
            }
            if (_batch.Count >= max || latency.IsCancellationRequested)
            {
                return;
            }
            try
            {
                if (!await reader.WaitToReadAsync(latency.Token))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WriteBatchAsync()
    {
        if (_batch.Count == 0)
        {
            return;
        }
        try
        {
            var events = _batch.ConvertAll(i => i.Event);
            var stored = await store.AppendAsync(events, CancellationToken.None);
            for (var i = 0; i < _batch.Count; i++)
            {
                _batch[i].Receipt?.Record(stored[i]);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Writing a batch of {Count} events failed", _batch.Count);
            foreach (var item in _batch)
            {
                item.Receipt?.Fail(ex);
            }
        }
        finally
        {
            _batch.Clear();
        }
    }
}
