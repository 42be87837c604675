using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Brings every member's engagement score and points up to date from the events stored since the last run.</summary>
[DisallowConcurrentExecution]
public sealed class ScoreJob(IncrementalScorer scorer, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("score");

    protected override Task RunAsync(string community, CancellationToken ct) => scorer.ScoreAsync(community, ct);
}
