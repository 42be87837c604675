using CommunityBot.Core.Challenges;
using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Posts the weekly challenge (default Monday 09:00 community time); the running one ends with its winners.</summary>
[DisallowConcurrentExecution]
public sealed class ChallengeJob(ChallengeService challenges, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("challenge");

    protected override Task RunAsync(string community, CancellationToken ct) => challenges.StartAsync(community, ct);
}
