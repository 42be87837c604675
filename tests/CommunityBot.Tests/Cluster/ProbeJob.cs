using System.Collections.Concurrent;
using Quartz;

namespace CommunityBot.Tests.Cluster;

/// <summary>A job the cluster tests fire: it records which instance ran which fire, and can hang like a dying host.</summary>
public sealed class ProbeJob : IJob
{
    public const string HangKey = "hang";

    public static readonly ConcurrentQueue<ProbeRun> Runs = new();

    /// <summary>A first (not recovering) run of a job whose data says "hang" waits here until the test ends it.</summary>
    public static readonly TaskCompletionSource Release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Runs.Enqueue(new ProbeRun(context.JobDetail.Key.Name, context.Trigger.Key.Name, context.Scheduler.SchedulerInstanceId,
            context.ScheduledFireTimeUtc, context.Recovering));
        if (context.MergedJobDataMap.ContainsKey(HangKey) && !context.Recovering)
        {
            await Release.Task; // deaf to cancellation, like a process that froze or lost its machine
        }
    }
}

public sealed record ProbeRun(string Job, string Trigger, string Instance, DateTimeOffset? Scheduled, bool Recovering);
