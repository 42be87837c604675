using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// The score job's path: each community's <see cref="ScoringState"/> is kept in memory and only the events stored
/// since the last score are observed (the ingest writer hands them over). Finishing again re-judges only what those
/// events and the moving window touch, and stores only the members whose totals changed. The first score, a
/// settings, catalog or link change, a late or deleted event rebuild the state from the full history, which gives exactly what
/// <see cref="EngagementScorer"/> (used by /recompute) computes.
/// </summary>
public sealed class IncrementalScorer(
    IActivityStore events,
    IScoreStore scores,
    ISettingsStore settings,
    ICommunityTopics topics,
    ICommunityIdentities identities,
    ScoreRunNotifier notifier,
    TimeProvider clock) : IStoredEventsObserver, IDisposable
{
    private readonly SemaphoreSlim _scoring = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, KeptState> _kept = new(StringComparer.Ordinal);

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        lock (_gate)
        {
            foreach (var e in stored)
            {
                if (_kept.TryGetValue(e.Community, out var kept))
                {
                    kept.Collect(e);
                }
            }
        }
    }

    public async Task<ScoringResult> ScoreAsync(string community, CancellationToken ct)
    {
        await _scoring.WaitAsync(ct);
        try
        {
            var config = await settings.GetAsync(community, ct);
            var vocabulary = await topics.ForAsync(community, ct);
            var members = identities.For(community);
            var fingerprint = KeptState.Fingerprint(config, vocabulary, members);
            var result = await ContinueAsync(community, fingerprint, ct) ?? await RebuildAsync(community, config, vocabulary, members, fingerprint, ct);
            await scores.SaveAsync(result, ct);
            await notifier.NotifyAsync(result, ct);
            return result;
        }
        finally
        {
            _scoring.Release();
        }
    }

    /// <summary>How many times a state was built from the full history (diagnostics and tests).</summary>
    public int Rebuilds { get; private set; }

    public void Dispose() => _scoring.Dispose();

    /// <summary>Drops a community's kept state, e.g. after its stored history was rewritten.</summary>
    public void Forget(string community)
    {
        lock (_gate)
        {
            _kept.Remove(community);
        }
    }

    private async Task<ScoringResult?> ContinueAsync(string community, string fingerprint, CancellationToken ct)
    {
        KeptState? kept;
        lock (_gate)
        {
            _kept.TryGetValue(community, out kept);
        }
        if (kept is not null && kept.Overflowed)
        {
            kept.Resume(await events.ReadAfterAsync(community, kept.LastEvent, ct));
        }
        var stored = await events.CountAsync(community, ct);
        var now = clock.GetUtcNow();
        var result = kept is not null && kept.CanContinue(fingerprint, stored, now) ? kept.Continue(now) : null;
        if (result is null)
        {
            Forget(community);
        }
        return result;
    }

    private async Task<ScoringResult> RebuildAsync(string community, CommunitySettings config, TopicVocabulary vocabulary, MemberIdentities members, string fingerprint, CancellationToken ct)
    {
        Rebuilds++;
        var now = clock.GetUtcNow();
        var result = await Keep().StartAsync(events.StreamCommunityAsync(community, ct), now, ct)
            // Something stored while the history streamed sorts before its end: read it whole, where it is sorted in.
            ?? Keep().Start(await events.ReadCommunityAsync(community, null, ct), now);
        BulkWork.ReleaseHistory();
        return result;

        KeptState Keep()
        {
            var kept = new KeptState(new ScoringState(community, config, vocabulary.Matcher, members), fingerprint);
            lock (_gate)
            {
                _kept[community] = kept; // from here on, newly stored events are collected while the history is read
            }
            return kept;
        }
    }
}
