using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// One community's scoring state kept between scores, with the events stored since it last finished. Continuing is
/// only allowed when it cannot differ from a fresh state: same settings, no event older than what was observed,
/// and as many events in the store as the state has seen (a deletion forces a rebuild).
/// </summary>
internal sealed class KeptState(ScoringState state, string fingerprint)
{
    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _pending = [];
    private readonly List<ActivityEvent> _future = [];
    private long _seen;

    public static string Fingerprint(CommunitySettings settings) => JsonSerializer.Serialize(settings);

    /// <summary>Called by the ingest writer's thread while a score may be running on another.</summary>
    public void Collect(ActivityEvent e)
    {
        lock (_gate)
        {
            _pending.Add(e);
        }
    }

    /// <summary>Observes the history read from the store, minus what was also collected while it was read.</summary>
    public ScoringResult Start(IReadOnlyList<ActivityEvent> history, DateTimeOffset now)
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
        }
        _future.AddRange(history);
        return Continue(now) ?? throw new InvalidOperationException("A fresh state always accepts its history.");
    }

    public bool CanContinue(CommunitySettings settings, long storedCount, DateTimeOffset now)
    {
        lock (_gate)
        {
            return fingerprint == Fingerprint(settings) && state.CanFinishAt(now) && storedCount == _seen + _pending.Count;
        }
    }

    /// <summary>Observes what arrived since the last finish and finishes again; null when only a rebuild is exact.</summary>
    public ScoringResult? Continue(DateTimeOffset now)
    {
        List<ActivityEvent> arrived;
        lock (_gate)
        {
            arrived = _future.Concat(_pending).Order(EventOrder.Instance).ToList();
            _seen += _pending.Count;
            _pending.Clear();
        }
        _future.Clear();
        foreach (var e in arrived)
        {
            if (e.At > now)
            {
                _future.Add(e); // a fresh state as of now would not see it either
            }
            else if (EventOrder.Instance.Compare(e, state.LastEvent) < 0)
            {
                return null; // arrived late: its place in the history is behind what was already scored
            }
            else
            {
                state.Observe(e);
            }
        }
        return state.Finish(now);
    }
}
