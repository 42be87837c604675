using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Takes a community activity snapshot (I_k) for /stats and its trend.</summary>
[DisallowConcurrentExecution]
public sealed class ActivityJob(ActivitySnapshotter snapshotter, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("activity");

    protected override Task RunAsync(string community, CancellationToken ct) => snapshotter.SnapshotAsync(community, ct);
}
