using System.Globalization;
using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>One cron trigger per job and community, in the community's time zone.</summary>
public sealed class QuartzJobSchedules(ISchedulerFactory schedulers) : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = JobCatalog.All.ToDictionary(j => j.Key.Name, j => j.DefaultCron);

    /// <summary>
    /// A valid Quartz cron that fires at most once a minute (its seconds field one number: "* * * * * ?" would run
    /// the job every second) and fires at all ("0 0 0 30 2 ?", February 30th, never does).
    /// </summary>
    public string? Validate(string cron)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron);
        }
        catch (FormatException ex)
        {
            return "it is not a valid Quartz cron expression: " + ex.Message.TrimEnd('.');
        }
        var seconds = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        if (!int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return $"it runs more often than once a minute (seconds field '{seconds}'); give the seconds as one number, e.g. \"0 */5 * * * ?\" for every 5 minutes";
        }
        return expression.GetNextValidTimeAfter(DateTimeOffset.UtcNow) is null ? "it never fires" : null;
    }

    public Task ApplyAsync(CommunitySettings settings, CancellationToken ct) => ScheduleAsync(settings, ct);

    /// <summary>Brings the community's triggers in line with its settings; returns the jobs that had no trigger before.</summary>
    public async Task<IReadOnlySet<JobKey>> ScheduleAsync(CommunitySettings settings, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var zone = settings.ResolveTimeZone();
        var created = new HashSet<JobKey>();
        foreach (var (key, _, defaultCron) in JobCatalog.All)
        {
            var cron = settings.Schedules.GetValueOrDefault(key.Name, defaultCron);
            var triggerKey = TriggerKeyFor(key, settings.Community);
            var kept = await scheduler.GetTrigger(triggerKey, ct);
            if (kept is ICronTrigger same && same.CronExpressionString == cron && same.TimeZone.Id == zone.Id)
            {
                continue; // unchanged: replacing it would move its next fire (in a cluster, for every instance)
            }
            if (kept is null)
            {
                created.Add(key);
            }
            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .ForJob(key)
                .UsingJobData(CommunityJob.CommunityKey, settings.Community)
                .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
        }
        return created;
    }

    public static TriggerKey TriggerKeyFor(JobKey job, string community) => new($"{job.Name}.{community}", "communities");
}
