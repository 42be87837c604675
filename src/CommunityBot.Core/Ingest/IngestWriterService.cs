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
    ILogger<IngestWriterService> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan[] RetryPauses = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    /// <summary>Single writes that fail in a row before the store is taken to be down rather than refusing one event.</summary>
    private const int FailuresMeaningDown = 3;

    private readonly List<IngestItem> _batch = new(options.Value.MaxBatch);
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await _stopping.CancelAsync(); // what is queued is still written, but a store that is down no longer holds it
        await _loop.WaitAsync(cancellationToken);
    }

    public void Dispose() => _stopping.Dispose();

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
    /// Writes the batch. A failed write is retried with growing pauses (a locked or briefly full disk); when it still
    /// fails, each event is written on its own, so an event the store refuses loses only itself (logged, its caller
    /// told). When single writes fail too the store is down: the batch waits and is tried again, holding the queue
    /// (adapters then wait, and confirm nothing to their platform) rather than dropping what came through
    /// EnqueueAsync, for up to <see cref="IngestOptions.OutageRetries"/> pauses or until shutdown, when it is given up.
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
                var (failed, down) = await WriteEachAsync();
                var givingUp = _stopping.IsCancellationRequested || outage >= options.Value.OutageRetries;
                if (!down || givingUp)
                {
                    GiveUp(failed, down ? "the store is down" : "the store refused it");
                    return;
                }
                _batch.RemoveAll(item => !failed.Contains(item));
                LogStoreDown(logger, _batch.Count, options.Value.OutagePauseMs);
                await PauseAsync(TimeSpan.FromMilliseconds(options.Value.OutagePauseMs));
            }
        }
        finally
        {
            _batch.Clear();
        }
    }

    /// <summary>The batch whole, retried after each of <see cref="RetryPauses"/> (once only at shutdown).</summary>
    private async Task<bool> TryWriteWithRetriesAsync()
    {
        if (await TryWriteAsync(_batch))
        {
            return true;
        }
        foreach (var pause in RetryPauses)
        {
            if (_stopping.IsCancellationRequested)
            {
                return false;
            }
            await PauseAsync(pause);
            if (await TryWriteAsync(_batch))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Each event alone; <c>down</c> when the first ones all failed (an outage, not one bad event).</summary>
    private async Task<(HashSet<IngestItem> Failed, bool Down)> WriteEachAsync()
    {
        var failed = new HashSet<IngestItem>(ReferenceEqualityComparer.Instance);
        var written = 0;
        foreach (var item in _batch)
        {
            if (written == 0 && failed.Count >= FailuresMeaningDown)
            {
                failed.Add(item); // not tried: the store is down
            }
            else if (await TryWriteAsync([item]))
            {
                written++;
            }
            else
            {
                failed.Add(item);
            }
        }
        return (failed, written == 0);
    }

    private void GiveUp(HashSet<IngestItem> failed, string why)
    {
        if (failed.Count > 10)
        {
            LogGivenUpMany(logger, failed.Count, why);
        }
        foreach (var item in failed)
        {
            if (failed.Count <= 10)
            {
                LogGivenUp(logger, item.Event.Kind, item.Event.Community, item.Event.MessageId, why);
            }
            item.Receipt?.Fail(new InvalidOperationException($"A {item.Event.Kind} event of community {item.Event.Community} was not stored: {why}."));
        }
    }

    private async Task PauseAsync(TimeSpan pause)
    {
        try
        {
            await Task.Delay(pause, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // shutting down: the next attempt is the last
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The event store is down: {Count} events wait {PauseMs} ms and are tried again")]
    private static partial void LogStoreDown(ILogger logger, int count, int pauseMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up a {Kind} event of community {Community} (message {MessageId}): {Why}")]
    private static partial void LogGivenUp(ILogger logger, EventKind kind, string community, string? messageId, string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up {Count} events: {Why}")]
    private static partial void LogGivenUpMany(ILogger logger, int count, string why);
}
