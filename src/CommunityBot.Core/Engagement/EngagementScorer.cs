using Stopwatch = System.Diagnostics.Stopwatch;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Engagement;

/// <summary>Recomputes a community's member scores from its stored events and stores them (the score job, /recompute).</summary>
public sealed class EngagementScorer(
    IActivityStore events,
    IScoreStore scores,
    ISettingsStore settings,
    ICommunityTopics topics,
    ICommunityIdentities identities,
    ScoreRunNotifier notifier,
    TimeProvider clock,
    ILogger<EngagementScorer> logger)
{
    public async Task<ScoringResult> ScoreCommunityAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var history = await events.ReadCommunityAsync(community, null, ct);
        var vocabulary = await topics.ForAsync(community, ct);
        var result = ScoreCalculator.Compute(community, history, config, vocabulary.Matcher, clock.GetUtcNow(), identities.For(community));
        await scores.SaveAsync(result, ct);
        await notifier.NotifyAsync(result, ct);
        logger.LogInformation("Scored {Members} members of {Community} from {Events} events",
            result.Members.Count, community, history.Count);
        return result;
    }

    /// <summary>
    /// Recomputes every community from one pass over all events (reading community by community reads each page
    /// many times), read ahead on a second thread; each community is stored while the next is finished.
    /// </summary>
    public async Task<int> ScoreAllAsync(CancellationToken ct, ScoreAllTimings? timings = null)
    {
        var communities = await events.CommunitiesAsync(ct);
        var configs = new Dictionary<string, (CommunitySettings, ITopicMatcher, MemberIdentities)>(StringComparer.Ordinal);
        foreach (var community in communities)
        {
            configs[community] = (await settings.GetAsync(community, ct), (await topics.ForAsync(community, ct)).Matcher, identities.For(community));
        }
        var read = ReadAhead.InBackground(events.ReadAllInTimeOrder(), ct: ct);
        var saving = Task.CompletedTask;
        foreach (var result in ScoreCalculator.ComputeAll(timings is null ? read : Timed(read, timings.WaitingForEvents), configs, clock.GetUtcNow()))
        {
            timings?.WaitingForStores.Start();
            await saving;
            timings?.WaitingForStores.Stop();
            saving = Task.Run(() => SaveAsync(result, ct), ct);
        }
        timings?.WaitingForStores.Start();
        await saving;
        timings?.WaitingForStores.Stop();
        return communities.Count;
    }

    private async Task SaveAsync(ScoringResult result, CancellationToken ct)
    {
        await scores.SaveAsync(result, ct);
        await notifier.NotifyAsync(result, ct);
        logger.LogInformation("Scored {Members} members of {Community}", result.Members.Count, result.Basis.Community);
    }

    private static IEnumerable<ActivityEvent> Timed(IEnumerable<ActivityEvent> events, Stopwatch waiting)
    {
        using var enumerator = events.GetEnumerator();
        while (true)
        {
            waiting.Start();
            var more = enumerator.MoveNext();
            waiting.Stop();
            if (!more)
            {
                yield break;
            }
            yield return enumerator.Current;
        }
    }
}

/// <summary>Where a full score's time went that computing did not hide: waiting for events, waiting for stores.</summary>
public sealed class ScoreAllTimings
{
    public Stopwatch WaitingForEvents { get; } = new();
    public Stopwatch WaitingForStores { get; } = new();
}
