using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Recomputes every member's engagement score and points.</summary>
[DisallowConcurrentExecution]
public sealed class ScoreJob(EngagementScorer scorer, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("score");

    protected override Task RunAsync(string community, CancellationToken ct) => scorer.ScoreCommunityAsync(community, ct);
}
