namespace CommunityBot.Core.Activity;

/// <summary>
/// The events stored since a kept state (scoring, recommendation profiles) last caught up, collected from the ingest
/// writer's thread. Catching up is exact only when nothing was missed: the store must hold exactly the events seen plus
/// the ones pending (a deletion or another process's writes break the count), and nothing due may sort before the last
/// event already observed (<see cref="EventOrder"/>). Events later than "now" wait, as a fresh state would not see them.
/// </summary>
public sealed class PendingEvents
{
    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _pending = [];
    private readonly List<ActivityEvent> _future = [];
    private long _seen;

    /// <summary>Called by the ingest writer's thread while a catch-up may be running on another.</summary>
    public void Collect(ActivityEvent e)
    {
        lock (_gate)
        {
            _pending.Add(e);
        }
    }

    /// <summary>Starts from a history read from the store: it is all due for observing, minus what was also collected while it was read.</summary>
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
            _seen = history.Count;
            _future.Clear();
            _future.AddRange(history);
        }
    }

    /// <summary>
    /// Continues a state saved earlier (by this process or another) that had observed <paramref name="observed"/> events;
    /// <paramref name="missed"/> are the stored events that sort after its last one, which it never saw.
    /// </summary>
    public void ContinueFrom(long observed, IEnumerable<ActivityEvent> missed)
    {
        lock (_gate)
        {
            _seen = observed;
            _future.Clear();
            var collected = _pending.Select(EventKey.For).ToHashSet(StringComparer.Ordinal);
            _pending.AddRange(missed.Where(e => !collected.Contains(EventKey.For(e))));
        }
    }

    /// <summary>Whether the store holds exactly what was seen and what is pending.</summary>
    public bool Matches(long storedCount)
    {
        lock (_gate)
        {
            return storedCount == _seen + _pending.Count;
        }
    }

    /// <summary>Events seen but not handed out yet because they lie after the last catch-up's "now".</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
            {
                return _future.Count;
            }
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
            _seen += _pending.Count;
            _pending.Clear();
            _future.Clear();
        }
        var due = arrived.FindIndex(e => e.At > now) is var firstFuture and >= 0 ? firstFuture : arrived.Count;
        lock (_gate)
        {
            _future.AddRange(arrived.Skip(due));
        }
        arrived.RemoveRange(due, arrived.Count - due);
        return arrived.Count > 0 && last is not null && EventOrder.Instance.Compare(arrived[0], last) < 0 ? null : arrived;
    }
}
