using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Freezes finished weeks and months and announces their winners.</summary>
[DisallowConcurrentExecution]
public sealed class PeriodCloseJob(PeriodCloser closer, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("period-close");

    protected override Task RunAsync(string community, CancellationToken ct) => closer.CloseAsync(community, ct);
}
