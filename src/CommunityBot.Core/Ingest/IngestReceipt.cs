namespace CommunityBot.Core.Ingest;

/// <summary>Completes once every event of one <see cref="IIngestQueue.StoreAsync"/> call is written.</summary>
internal sealed class IngestReceipt(int expected)
{
    private readonly TaskCompletionSource<IngestResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _stored;
    private int _duplicates;
    private int _remaining = expected;

    public Task<IngestResult> Task => _done.Task;

    public void Record(bool stored)
    {
        if (stored)
        {
            Interlocked.Increment(ref _stored);
        }
        else
        {
            Interlocked.Increment(ref _duplicates);
        }
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _done.TrySetResult(new IngestResult(_stored, _duplicates));
        }
    }

    public void Fail(Exception error) => _done.TrySetException(error);
}
