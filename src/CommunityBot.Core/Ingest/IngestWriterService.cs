using CommunityBot.Core.Activity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Ingest;

/// <summary>
/// Drains the ingest queue into the event store in batches bounded by size and latency.
/// On shutdown the queue is completed and everything already queued is written before the host stops.
/// Not a BackgroundService on purpose: its ExecuteAsync is skipped entirely when stopping is requested before
/// the thread pool starts it, which would drop whatever was queued in between.
/// </summary>
public sealed class IngestWriterService(
    IngestQueue queue,
    IActivityStore store,
    IOptions<IngestOptions> options,
    IEnumerable<IStoredEventsObserver> observers,
    ILogger<IngestWriterService> logger) : IHostedService
{
    private readonly List<IngestItem> _batch = new(options.Value.MaxBatch);
    private Task _loop = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await _loop.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            await FillBatchAsync(reader);
            await WriteBatchAsync();
        }
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
            Notify(events, stored);
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

    private void Notify(List<ActivityEvent> events, IReadOnlyList<bool> stored)
    {
        var fresh = events.Where((_, i) => stored[i]).ToList();
        if (fresh.Count > 0)
        {
            foreach (var observer in observers)
            {
                observer.OnStored(fresh);
            }
        }
    }
}
