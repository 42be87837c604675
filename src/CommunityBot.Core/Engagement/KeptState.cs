using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// One community's scoring state kept between scores, with the events stored since it last finished. Continuing is
/// only allowed when it cannot differ from a fresh state (see <see cref="PendingEvents"/>) and the settings, topics and links are the same.
/// </summary>
internal sealed class KeptState(ScoringState state, string fingerprint)
{
    private static readonly LiveSettings _noLive = new();
    private readonly PendingEvents _events = new();

    /// <summary>
    /// What scoring depends on: the settings, the catalog's topics and the linked accounts. How the bot announces
    /// (<see cref="CommunitySettings.Live"/>) does not rebuild a state.
    /// </summary>
    public static string Fingerprint(CommunitySettings settings, TopicVocabulary topics, MemberIdentities identities) =>
        JsonSerializer.Serialize(settings with { Live = _noLive }) + topics.Version + "|" + identities.Version;


    public void Collect(ActivityEvent e) => _events.Collect(e);

    /// <summary>The pending list overflowed: <see cref="Resume"/> with the stored events after <see cref="LastEvent"/>.</summary>
    public bool Overflowed => _events.Overflowed;

    public ActivityEvent? LastEvent => state.LastEvent;

    public void Resume(IReadOnlyList<ActivityEvent> missed) => _events.Resume(missed);

    /// <summary>
    /// Observes the history as it streams from the store, then what was collected while it was read; null when some of
    /// that sorts before the history's end (a fresh state given the history as a list places it: <see cref="Start"/>).
    /// </summary>
    public async Task<ScoringResult?> StartAsync(IAsyncEnumerable<ActivityEvent> history, DateTimeOffset now, CancellationToken ct)
    {
        await _events.StartFromStreamAsync(history, now, state.Observe, ct);
        return Continue(now);
    }

    /// <summary>Observes the history read from the store, minus what was also collected while it was read.</summary>
    public ScoringResult Start(IReadOnlyList<ActivityEvent> history, DateTimeOffset now)
    {
        _events.StartFrom(history);
        return Continue(now) ?? throw new InvalidOperationException("A fresh state always accepts its history.");
    }

    public bool CanContinue(string currentFingerprint, long storedCount, DateTimeOffset now) =>
        fingerprint == currentFingerprint && state.CanFinishAt(now) && _events.Matches(storedCount);

    /// <summary>Observes what arrived since the last finish and finishes again; null when only a rebuild is exact.</summary>
    public ScoringResult? Continue(DateTimeOffset now)
    {
        if (_events.TakeDue(now, state.LastEvent) is not { } due)
        {
            return null;
        }
        foreach (var e in due)
        {
            state.Observe(e);
        }
        return state.Finish(now);
    }
}
