using System.Runtime.CompilerServices;

namespace CommunityBot.Core.Activity;

/// <summary>
/// The one order every scoring path observes events in: time, then for events of the same millisecond (common in
/// exports with whole-second times) what happened first in a chat (a message before its edit, reactions and
/// deletion; a recommendation shown before the feedback on it), then the natural key. Storage order cannot break the tie: it differs between reading a community and
/// reading everything, and between a batch stored now and the history read later.
/// </summary>
public sealed class EventOrder : IComparer<ActivityEvent>
{
    public static readonly EventOrder Instance = new();

    public int Compare(ActivityEvent? x, ActivityEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        var byTime = x.At.UtcTicks.CompareTo(y.At.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }
        var byKind = Rank(x.Kind).CompareTo(Rank(y.Kind));
        return byKind != 0 ? byKind : string.CompareOrdinal(EventKey.For(x), EventKey.For(y));
    }

    private static int Rank(EventKind kind) => kind switch
    {
        EventKind.Join => 0,
        EventKind.Message => 1,
        EventKind.ReactionAdded => 2,
        EventKind.ReactionRemoved => 3,
        EventKind.Edit => 4,
        EventKind.Delete => 5,
        EventKind.RecommendationShown => 6, // a pick is shown before anyone can click or rate it
        _ => 7,
    };

    /// <summary>Sorts each run of events with the same time of an already time-ordered stream.</summary>
    public static IEnumerable<ActivityEvent> BreakTies(IEnumerable<ActivityEvent> timeOrdered)
    {
        var ties = new TieBreaker();
        foreach (var e in timeOrdered)
        {
            foreach (var ready in ties.Add(e))
            {
                yield return ready;
            }
        }
        foreach (var ready in ties.Finish())
        {
            yield return ready;
        }
    }

    /// <summary>The same for a stream read asynchronously (a community's history from the database).</summary>
    public static async IAsyncEnumerable<ActivityEvent> BreakTiesAsync(IAsyncEnumerable<ActivityEvent> timeOrdered, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var ties = new TieBreaker();
        await foreach (var e in timeOrdered.WithCancellation(ct))
        {
            foreach (var ready in ties.Add(e))
            {
                yield return ready;
            }
        }
        foreach (var ready in ties.Finish())
        {
            yield return ready;
        }
    }

    /// <summary>Holds the current instant's events; each later instant hands out the finished run in order.</summary>
    private sealed class TieBreaker
    {
        private List<ActivityEvent> _run = [];
        private List<ActivityEvent> _done = [];

        /// <summary>The events now in order (valid until the next call).</summary>
        public List<ActivityEvent> Add(ActivityEvent e)
        {
            _done.Clear();
            if (_run.Count > 0 && _run[0].At.UtcTicks != e.At.UtcTicks)
            {
                (_done, _run) = (_run, _done);
                if (_done.Count > 1)
                {
                    _done.Sort(Instance); // keys are unique, so the order is total and the unstable sort is deterministic
                }
            }
            _run.Add(e);
            return _done;
        }

        public List<ActivityEvent> Finish()
        {
            _run.Sort(Instance);
            return _run;
        }
    }
}
