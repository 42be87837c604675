using CommunityBot.Core.Challenges;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Freezes finished weeks and months and announces their winners, and those of an ended challenge.</summary>
[DisallowConcurrentExecution]
public sealed class PeriodCloseJob(PeriodCloser closer, ChallengeService challenges, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("period-close");

    protected override async Task RunAsync(string community, CancellationToken ct)
    {
        await closer.CloseAsync(community, ct);
        await challenges.CloseDueAsync(community, ct);
    }
}
