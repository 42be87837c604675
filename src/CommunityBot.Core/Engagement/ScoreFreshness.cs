using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Knows which communities have events stored since their last score, so what members see (profile, boards) is
/// caught up before it is shown instead of waiting for the score job. Catching up is the score job's incremental
/// path: only the new events are observed.
/// </summary>
public sealed class ScoreFreshness(IncrementalScorer scorer) : IStoredEventsObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _scored = new(StringComparer.Ordinal);

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        lock (_gate)
        {
            foreach (var e in stored)
            {
                _stored[e.Community] = _stored.GetValueOrDefault(e.Community) + 1;
            }
        }
    }

    /// <summary>Communities with stored events that no score has seen yet.</summary>
    public IReadOnlyList<string> Stale()
    {
        lock (_gate)
        {
            return _stored.Where(s => s.Value > _scored.GetValueOrDefault(s.Key)).Select(s => s.Key).ToList();
        }
    }

    /// <summary>Scores the community when events arrived since its last score; returns whether it scored.</summary>
    public async Task<bool> EnsureAsync(string community, CancellationToken ct)
    {
        long seen;
        lock (_gate)
        {
            seen = _stored.GetValueOrDefault(community);
            if (seen <= _scored.GetValueOrDefault(community))
            {
                return false;
            }
        }
        await ScoreAsync(community, seen, ct);
        return true;
    }

    /// <summary>Scores now, whatever is pending (a member with stored events but no score yet).</summary>
    public Task ScoreNowAsync(string community, CancellationToken ct)
    {
        long seen;
        lock (_gate)
        {
            seen = _stored.GetValueOrDefault(community);
        }
        return ScoreAsync(community, seen, ct);
    }

    private async Task ScoreAsync(string community, long seen, CancellationToken ct)
    {
        await scorer.ScoreAsync(community, ct);
        lock (_gate)
        {
            // Events counted before the score started are in it (the writer notifies after its commit).
            _scored[community] = Math.Max(_scored.GetValueOrDefault(community), seen);
        }
    }
}
