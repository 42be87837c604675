using System.Collections.Concurrent;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Fires a job once through the real scheduler and waits for it to finish (the demo and score verbs).</summary>
public sealed class JobRunner(ISchedulerFactory schedulers) : IJobListener
{
    private readonly ConcurrentDictionary<(string Job, string Community), TaskCompletionSource> _waiting = new();
    private int _listening;

    public string Name => "communitybot-job-runner";

    public async Task RunAsync(JobKey job, string community, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        if (Interlocked.Exchange(ref _listening, 1) == 0)
        {
            scheduler.ListenerManager.AddJobListener(this, GroupMatcher<JobKey>.AnyGroup());
        }
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[(job.Name, community)] = done;
        await scheduler.TriggerJob(job, new JobDataMap { [CommunityJob.CommunityKey] = community }, ct);
        await done.Task.WaitAsync(ct);
    }

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var community = context.MergedJobDataMap.GetString(CommunityJob.CommunityKey) ?? "";
        if (_waiting.TryRemove((context.JobDetail.Key.Name, community), out var done))
        {
            if (jobException is null)
            {
                done.TrySetResult();
            }
            else
            {
                done.TrySetException(jobException);
            }
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
