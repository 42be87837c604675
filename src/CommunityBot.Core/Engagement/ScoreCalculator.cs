using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Computes every member's C, I, R, U, points and level, and the community's activity, from the community's
/// events (DESIGN §4), with the community's catalog topics deciding what counts towards interest. Pure: the same
/// events, settings, topics and time always give the same numbers.
/// </summary>
public static class ScoreCalculator
{
    public static ScoringResult Compute(
        string community, IReadOnlyList<ActivityEvent> events, CommunitySettings settings, ITopicMatcher topics, DateTimeOffset now,
        MemberIdentities? identities = null)
    {
        var run = new ScoringState(community, settings, topics, identities);
        foreach (var e in events)
        {
            if (e.At <= now)
            {
                run.Observe(e);
            }
        }
        return run.Finish(now);
    }

    /// <summary>
    /// Every community from one stream of all events in time order (events of other communities are skipped). The
    /// results are finished one at a time as they are enumerated, so the caller can store one while the next is computed.
    /// </summary>
    public static IEnumerable<ScoringResult> ComputeAll(
        IEnumerable<ActivityEvent> events, IReadOnlyDictionary<string, (CommunitySettings Settings, ITopicMatcher Topics, MemberIdentities Identities)> settings, DateTimeOffset now)
    {
        var states = settings.ToDictionary(s => s.Key, s => new ScoringState(s.Key, s.Value.Settings, s.Value.Topics, s.Value.Identities), StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.At <= now && states.TryGetValue(e.Community, out var state))
            {
                state.Observe(e);
            }
        }
        foreach (var community in settings.Keys)
        {
            var state = states[community];
            states.Remove(community); // let each finished state go
            yield return state.Finish(now);
        }
    }
}

/// <summary>
/// A score run: every member's scores and the community snapshot, plus what to store: the basis and the totals of
/// the members that changed (all of them when <paramref name="Complete"/>).
/// </summary>
public sealed record ScoringResult(
    IReadOnlyList<MemberScore> Members,
    CommunitySnapshot Snapshot,
    ScoreBasis Basis,
    IReadOnlyList<MemberTotals> Changed,
    bool Complete);
