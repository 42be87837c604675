namespace CommunityBot.Core.Activity;

/// <summary>
/// The events stored since a kept state (scoring, recommendation profiles) last caught up, collected from the ingest
/// writer's thread. Catching up is exact only when nothing was missed: the store must hold exactly the events handed
/// out plus the ones held here (a deletion or another process's writes break the count), and nothing due may sort
/// before the last event already observed (<see cref="EventOrder"/>). Events later than "now" wait, as a fresh state
/// would not see them. Past <see cref="Capacity"/> events, collecting stops (memory stays bounded when nobody catches
/// up for a while); the owner then reads what it missed from the store (<see cref="Resume"/>).
/// </summary>
public sealed class PendingEvents(int capacity = PendingEvents.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _pending = [];
    private readonly List<ActivityEvent> _future = [];
    private long _observed;
    private bool _overflowed;

    public int Capacity => capacity;

    /// <summary>More events arrived than are held: <see cref="Resume"/> with the stored events after the last one observed.</summary>
    public bool Overflowed
    {
        get
        {
            lock (_gate)
            {
                return _overflowed;
            }
        }
    }

    /// <summary>Called by the ingest writer's thread while a catch-up may be running on another.</summary>
    public void Collect(ActivityEvent e)
    {
        lock (_gate)
        {
            if (_overflowed)
            {
                return;
            }
            if (_pending.Count >= capacity)
            {
                _pending.Clear();
                _overflowed = true;
                return;
            }
            _pending.Add(e);
        }
    }

    /// <summary>Starts from a history read from the store: all of it is to be observed, minus what was also collected while it was read.</summary>
    public void StartFrom(IReadOnlyList<ActivityEvent> history)
    {
        lock (_gate)
        {
            if (_pending.Count > 0)
            {
                var from = _pending.Min(e => e.At);
                var read = history.Where(e => e.At >= from).Select(EventKey.For).ToHashSet(StringComparer.Ordinal);
                _pending.RemoveAll(e => read.Contains(EventKey.For(e)));
            }
            _observed = 0;
            _future.Clear();
            _future.AddRange(history);
        }
    }

    /// <summary>
    /// Starts from a history streamed from the store (<see cref="IActivityStore.StreamCommunityAsync"/>): each event due by
    /// <paramref name="now"/> is handed to <paramref name="observe"/> as it is read and only counted, later ones wait, and
    /// what was also collected while it was read is dropped. The history is never held: only a 64-bit hash of each key
    /// is, for that check (a collision would drop a collected event that was not read, which <see cref="Matches"/> then
    /// reports as a store count that differs, so the owner rebuilds: never a wrong result). Returns the last event
    /// observed; <see cref="TakeDue"/> with it then says whether what was collected meanwhile can follow it.
    /// </summary>
    public async Task<ActivityEvent?> StartFromStreamAsync(IAsyncEnumerable<ActivityEvent> history, DateTimeOffset now, Action<ActivityEvent> observe, CancellationToken ct)
    {
        var read = new HashSet<ulong>();
        var later = new List<ActivityEvent>();
        ActivityEvent? last = null;
        long observed = 0;
        await foreach (var e in history.WithCancellation(ct))
        {
            read.Add(KeyHash(e));
            if (e.At > now)
            {
                later.Add(e);
                continue;
            }
            observe(e);
            last = e;
            observed++;
        }
        lock (_gate)
        {
            _pending.RemoveAll(e => read.Contains(KeyHash(e)));
            _observed = observed;
            _future.Clear();
            _future.AddRange(later);
        }
        return last;
    }

    private static ulong KeyHash(ActivityEvent e) => StableHash.Of(EventKey.For(e));

    /// <summary>
    /// Continues a state saved earlier (by this process or another) that had observed <paramref name="observed"/> events;
    /// <paramref name="missed"/> are the stored events that sort after its last one, which it never saw.
    /// </summary>
    public void ContinueFrom(long observed, IEnumerable<ActivityEvent> missed)
    {
        lock (_gate)
        {
            _observed = observed;
            Merge(missed);
        }
    }

    /// <summary>After an overflow: <paramref name="missed"/> are the stored events that sort after the last one observed.</summary>
    public void Resume(IEnumerable<ActivityEvent> missed)
    {
        lock (_gate)
        {
            Merge(missed);
        }
    }

    /// <summary>Whether the store holds exactly what was handed out and what is held here.</summary>
    public bool Matches(long storedCount)
    {
        lock (_gate)
        {
            return !_overflowed && storedCount == _observed + _future.Count + _pending.Count;
        }
    }

    /// <summary>
    /// Everything due by <paramref name="now"/> in <see cref="EventOrder"/>; null when one of them sorts before
    /// <paramref name="last"/> (it arrived late: only a rebuild places it right).
    /// </summary>
    public IReadOnlyList<ActivityEvent>? TakeDue(DateTimeOffset now, ActivityEvent? last)
    {
        List<ActivityEvent> arrived;
        lock (_gate)
        {
            arrived = _future.Concat(_pending).Order(EventOrder.Instance).ToList();
            _pending.Clear();
            _future.Clear();
            var due = arrived.FindIndex(e => e.At > now) is var firstFuture and >= 0 ? firstFuture : arrived.Count;
            _future.AddRange(arrived.Skip(due));
            arrived.RemoveRange(due, arrived.Count - due);
            _observed += arrived.Count;
        }
        return arrived.Count > 0 && last is not null && EventOrder.Instance.Compare(arrived[0], last) < 0 ? null : arrived;
    }

    private void Merge(IEnumerable<ActivityEvent> missed)
    {
        _overflowed = false;
        _future.Clear(); // the events waiting for their time are stored after the last observed one: they are among the missed
        var held = _pending.Select(EventKey.For).ToHashSet(StringComparer.Ordinal);
        _pending.AddRange(missed.Where(e => !held.Contains(EventKey.For(e))));
    }
}
