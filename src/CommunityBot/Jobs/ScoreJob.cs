using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Brings every member's engagement score and points up to date from the events stored since the last run, with the links as stored now.</summary>
[DisallowConcurrentExecution]
public sealed class ScoreJob(IncrementalScorer scorer, Core.Identity.IdentityDirectory identities, IJobRunLog runs, TimeProvider clock) : CommunityJob(runs, clock)
{
    public static readonly JobKey Key = new("score");

    protected override async Task RunAsync(string community, CancellationToken ct)
    {
        // Another instance may have linked accounts since: boards written with an old map would undo the link.
        await identities.RefreshAsync(ct);
        await scorer.ScoreAsync(community, ct);
    }
}
