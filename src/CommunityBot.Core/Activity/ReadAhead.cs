using System.Collections.Concurrent;

namespace CommunityBot.Core.Activity;

/// <summary>
/// Enumerates a source on its own thread, a bounded number of chunks ahead of the consumer: reading events out of
/// the store and scoring them then run on two cores at once instead of taking turns.
/// </summary>
public static class ReadAhead
{
    public static IEnumerable<T> InBackground<T>(IEnumerable<T> source, int chunkSize = 4096, int chunksAhead = 8, CancellationToken ct = default)
    {
        using var chunks = new BlockingCollection<T[]>(chunksAhead);
        Exception? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Factory.StartNew(() =>
        {
            try
            {
                var chunk = new List<T>(chunkSize);
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count == chunkSize)
                    {
                        chunks.Add([.. chunk], stop.Token);
                        chunk.Clear();
                    }
                }
                chunks.Add([.. chunk], stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the consumer stopped early
            }
            catch (Exception ex)
            {
                failure = ex;
            }
            finally
            {
                chunks.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            foreach (var chunk in chunks.GetConsumingEnumerable(ct))
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }
            if (failure is not null)
            {
                throw new InvalidOperationException($"Reading ahead failed: {failure.Message}", failure);
            }
        }
        finally
        {
            stop.Cancel();
            reader.Wait(CancellationToken.None);
        }
    }
}
