using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Removes raw message text past the retention window.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionSweeper sweeper, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("retention");

    protected override Task RunAsync(string community, CancellationToken ct) => sweeper.SweepAsync(community, ct);
}
