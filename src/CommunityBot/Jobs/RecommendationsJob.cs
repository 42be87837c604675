using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Profiles;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>
/// Brings the community's recommendation profiles up to date and recomputes the item-to-item neighbours from every
/// member's course interactions. /recommend and the digest catch up on new events themselves; only the neighbours wait for this job.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecommendationsJob(RecommendationModels models, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("recommendations");

    protected override Task RunAsync(string community, CancellationToken ct) => models.RefreshAsync(community, ct);
}
