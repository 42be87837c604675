namespace CommunityBot.Core.Live;

/// <summary>Wakes the live loop: pulses coalesce, so a burst of stored batches costs one pass.</summary>
public sealed class LiveSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse()
    {
        lock (_gate)
        {
            _next.TrySetResult();
        }
    }

    /// <summary>Waits for a pulse since the last wait, or until <paramref name="timeout"/> on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        Task pulse;
        lock (_gate)
        {
            pulse = _next.Task;
        }
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, clock, cancel.Token);
        await Task.WhenAny(pulse, delay);
        await cancel.CancelAsync();
        lock (_gate)
        {
            if (_next.Task.IsCompleted)
            {
                _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        ct.ThrowIfCancellationRequested();
    }
}
