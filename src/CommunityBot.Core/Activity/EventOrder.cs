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
        var run = new List<ActivityEvent>();
        foreach (var e in timeOrdered)
        {
            if (run.Count > 0 && run[0].At.UtcTicks != e.At.UtcTicks)
            {
                if (run.Count > 1)
                {
                    run.Sort(Instance); // keys are unique, so the order is total and the unstable sort is deterministic
                }
                foreach (var tied in run)
                {
                    yield return tied;
                }
                run.Clear();
            }
            run.Add(e);
        }
        run.Sort(Instance);
        foreach (var tied in run)
        {
            yield return tied;
        }
    }
}
