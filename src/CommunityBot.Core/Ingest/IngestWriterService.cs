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
public sealed partial class IngestWriterService(
    IngestQueue queue,
    IActivityStore store,
    IOptions<IngestOptions> options,
    IEnumerable<IStoredEventsObserver> observers,
    ILogger<IngestWriterService> logger) : IHostedService
{
    private static readonly TimeSpan[] RetryPauses = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private readonly List<IngestItem> _batch = new(options.Value.MaxBatch);
    private Task _loop = Task.CompletedTask;
    private volatile bool _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        try
        {
            await _loop.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _stopping = true; // the host gave up waiting: a store that is down no longer holds the batch
            throw;
        }
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

    /// <summary>
    /// Writes the batch, retrying a failed write (a locked or briefly full disk) with growing pauses. When it still
    /// fails, each event is written on its own, so one event the store refuses loses only itself (logged, its
    /// caller told). When none can be written the store is down: the whole batch waits and is tried again, holding
    /// the queue (adapters then wait too) rather than dropping what came through EnqueueAsync, for up to
    /// <see cref="IngestOptions.OutageRetries"/> pauses (5 minutes by default) or until shutdown. A batch of one
    /// event the store refuses looks like an outage, so it too is given up only then.
    /// </summary>
    private async Task WriteBatchAsync()
    {
        try
        {
            for (var outage = 0; _batch.Count > 0; outage++)
            {
                if (await TryWriteWithRetriesAsync())
                {
                    return;
                }
                var failed = new List<IngestItem>();
                foreach (var item in _batch)
                {
                    if (!await TryWriteAsync([item]))
                    {
                        failed.Add(item);
                    }
                }
                if (failed.Count < _batch.Count || _stopping || outage >= options.Value.OutageRetries)
                {
                    foreach (var item in failed)
                    {
                        LogRefused(logger, item.Event.Kind, item.Event.Community, item.Event.MessageId);
                        item.Receipt?.Fail(new InvalidOperationException($"The store refused a {item.Event.Kind} event of community {item.Event.Community}."));
                    }
                    return;
                }
                LogStoreDown(logger, _batch.Count, options.Value.OutagePauseMs);
                await Task.Delay(options.Value.OutagePauseMs);
            }
        }
        finally
        {
            _batch.Clear();
        }
    }

    private async Task<bool> TryWriteWithRetriesAsync()
    {
        foreach (var pause in RetryPauses)
        {
            if (await TryWriteAsync(_batch))
            {
                return true;
            }
            await Task.Delay(pause);
        }
        return await TryWriteAsync(_batch);
    }

    private async Task<bool> TryWriteAsync(List<IngestItem> items)
    {
        try
        {
            var events = items.ConvertAll(i => i.Event);
            var stored = await store.AppendAsync(events, CancellationToken.None);
            Notify(events, stored);
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Receipt?.Record(stored[i]);
            }
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWriteFailed(logger, ex, items.Count);
            return false;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} events failed")]
    private static partial void LogWriteFailed(ILogger logger, Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The store refused a {Kind} event of community {Community} (message {MessageId}); it is not stored")]
    private static partial void LogRefused(ILogger logger, EventKind kind, string community, string? messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The event store is down: {Count} events wait and are tried again in {PauseMs} ms")]
    private static partial void LogStoreDown(ILogger logger, int count, int pauseMs);
}
