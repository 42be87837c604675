namespace CommunityBot.Discord.Tests.Support;

/// <summary>A list tests can await: <see cref="WaitAsync"/> returns as soon as an added item satisfies the condition.</summary>
public sealed class Observed<T>
{
    private readonly List<T> _items = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return _items.ToList();
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    public async Task<IReadOnlyList<T>> WaitAsync(Func<IReadOnlyList<T>, bool> condition, string what, int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            Task changed;
            List<T> items;
            lock (_gate)
            {
                items = _items.ToList();
                changed = _changed.Task;
            }
            if (condition(items))
            {
                return items;
            }
            try
            {
                // Re-checked at least every 100 ms too: a condition may read state beside the items (a peer's
                // session is set just after the item that leads to it was recorded).
                await changed.WaitAsync(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting for {what}; saw {items.Count} item(s): {string.Join(" | ", items.TakeLast(10))}");
            }
        }
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, string what, int seconds = 10) =>
        (await WaitAsync(items => items.Any(match), what, seconds)).First(match);
}
