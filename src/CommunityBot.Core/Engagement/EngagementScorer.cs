using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Engagement;

/// <summary>Recomputes a community's member scores from its stored events and stores them (the score job, /recompute).</summary>
public sealed class EngagementScorer(
    IActivityStore events,
    IScoreStore scores,
    ISettingsStore settings,
    ScoreCalculator calculator,
    TimeProvider clock,
    ILogger<EngagementScorer> logger)
{
    public async Task<ScoringResult> ScoreCommunityAsync(string community, CancellationToken ct)
    {
        var config = await settings.GetAsync(community, ct);
        var history = await events.ReadCommunityAsync(community, null, ct);
        var result = calculator.Compute(community, history, config, clock.GetUtcNow());
        await scores.SaveAsync(result, ct);
        logger.LogInformation("Scored {Members} members of {Community} from {Events} events",
            result.Members.Count, community, history.Count);
        return result;
    }

    private async Task SaveAsync(ScoringResult result, CancellationToken ct)
    {
        await scores.SaveAsync(result, ct);
        logger.LogInformation("Scored {Members} members of {Community}", result.Members.Count, result.Basis.Community);
    }

    /// <summary>Recomputes every community from one pass over all events (reading community by community reads each page many times).</summary>
    public async Task<int> ScoreAllAsync(CancellationToken ct)
    {
        var communities = await events.CommunitiesAsync(ct);
        var configs = new Dictionary<string, CommunitySettings>(StringComparer.Ordinal);
        foreach (var community in communities)
        {
            configs[community] = await settings.GetAsync(community, ct);
        }
        var saving = Task.CompletedTask;
        foreach (var result in calculator.ComputeAll(ReadAhead.InBackground(events.ReadAllInTimeOrder(), ct: ct), configs, clock.GetUtcNow()))
        {
            await saving; // one community is stored while the next is finished
            saving = Task.Run(() => SaveAsync(result, ct), ct);
        }
        await saving;
        return communities.Count;
    }
}
