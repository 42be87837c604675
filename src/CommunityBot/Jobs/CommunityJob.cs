using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>
/// The shape every job shares: one community per fire (from the trigger's data), the work itself in Core,
/// and the run recorded so a fire missed while the bot was down is caught up at start.
/// </summary>
public abstract class CommunityJob(IJobRunLog runs, TimeProvider clock) : IJob
{
    public const string CommunityKey = "community";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var community = context.MergedJobDataMap.GetString(CommunityKey)
            ?? throw new JobExecutionException($"Job {context.JobDetail.Key} fired without a community.");
        await RunAsync(community, cancellationToken);
        await runs.RecordAsync(context.JobDetail.Key.Name, community, clock.GetUtcNow(), cancellationToken);
    }

    protected abstract Task RunAsync(string community, CancellationToken ct);
}
