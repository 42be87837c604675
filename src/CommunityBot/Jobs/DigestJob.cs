using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Digest;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Posts the community's weekly course digest (default Monday 10:00 community time).</summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestService digests, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("digest");

    public const string DefaultCron = "0 0 10 ? * MON";

    protected override Task RunAsync(string community, CancellationToken ct) => digests.RunAsync(community, ct);
}
