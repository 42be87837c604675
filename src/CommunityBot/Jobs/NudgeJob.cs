using CommunityBot.Core.Communities;
using CommunityBot.Core.Nudges;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Sends the day's re-engagement nudges to members who opted in (default 18:00 community time).</summary>
[DisallowConcurrentExecution]
public sealed class NudgeJob(NudgeService nudges, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("nudges");

    protected override Task RunAsync(string community, CancellationToken ct) => nudges.RunAsync(community, ct);
}
