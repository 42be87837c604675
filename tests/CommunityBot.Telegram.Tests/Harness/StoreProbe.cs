using CommunityBot.Core.Activity;
using CommunityBot.TestKit;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>
/// Watches the real event store of every host a test starts on one database file: which events the store newly
/// kept, and hooks that simulate a crash just before or just after a write.
/// </summary>
public sealed class StoreProbe : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _stored = [];
    private readonly List<(Func<IReadOnlyList<ActivityEvent>, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    private readonly TempFolder _folder = new();

    public string DatabaseFile => _folder.File("communitybot.db");

    /// <summary>Runs before anything is written: a throw here is a crash before storing.</summary>
    public Action? BeforeAppend { get; set; }

    /// <summary>Runs after the write, before the caller learns of it: a throw here is a crash after storing.</summary>
    public Action? AfterAppend { get; set; }

    /// <summary>Every event the store reported as new (a duplicate key is not new), across hosts.</summary>
    public IReadOnlyList<ActivityEvent> Stored
    {
        get { lock (_gate) { return [.. _stored]; } }
    }

    public Task WaitUntilAsync(Func<IReadOnlyList<ActivityEvent>, bool> done)
    {
        lock (_gate)
        {
            if (done(_stored))
            {
                return Task.CompletedTask;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((done, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    internal void Record(IReadOnlyList<ActivityEvent> events, IReadOnlyList<bool> isNew)
    {
        lock (_gate)
        {
            _stored.AddRange(events.Where((_, i) => isNew[i]));
            foreach (var waiter in _waiters.Where(w => w.Done(_stored)).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    public void Dispose() => _folder.Dispose();
}
