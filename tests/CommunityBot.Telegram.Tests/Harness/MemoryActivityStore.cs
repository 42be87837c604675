using CommunityBot.Core.Activity;

namespace CommunityBot.Telegram.Tests.Harness;

/// <summary>An event store idempotent on <see cref="EventKey"/> that outlives the hosts of one test (a process restart keeps it).</summary>
public sealed class MemoryActivityStore : IActivityStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ActivityEvent> _byKey = new(StringComparer.Ordinal);
    private readonly List<ActivityEvent> _events = [];
    private readonly List<(Func<IReadOnlyList<ActivityEvent>, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Runs after the events are kept and before the call returns: a throw here is a crash after storing.</summary>
    public Action? AfterAppend { get; set; }

    /// <summary>Runs before anything is kept: a throw here is a crash before storing.</summary>
    public Action? BeforeAppend { get; set; }

    public IReadOnlyList<ActivityEvent> Events
    {
        get { lock (_gate) { return [.. _events]; } }
    }

    public Task WaitUntilAsync(Func<IReadOnlyList<ActivityEvent>, bool> done)
    {
        lock (_gate)
        {
            if (done(_events))
            {
                return Task.CompletedTask;
            }
            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((done, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    public Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        BeforeAppend?.Invoke();
        var stored = new List<bool>(events.Count);
        lock (_gate)
        {
            foreach (var e in events)
            {
                var isNew = _byKey.TryAdd(EventKey.For(e), e);
                if (isNew)
                {
                    _events.Add(e);
                }
                stored.Add(isNew);
            }
            foreach (var waiter in _waiters.Where(w => w.Done(_events)).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
        AfterAppend?.Invoke();
        return Task.FromResult<IReadOnlyList<bool>>(stored);
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ActivityEvent>>([.. Events.Where(e => e.Community == community && (since is null || e.At >= since))]);

    public Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([.. Events.Select(e => e.Community).Distinct()]);

    public Task<long> CountAsync(string community, CancellationToken ct) =>
        Task.FromResult((long)Events.Count(e => e.Community == community));

    public Task<int> DeleteCommunityAsync(string community, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct) => throw new NotSupportedException();

    public Task<int> PurgeTextBeforeAsync(DateTimeOffset cutoff, CancellationToken ct) => throw new NotSupportedException();
}
