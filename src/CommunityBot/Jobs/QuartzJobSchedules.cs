using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>One cron trigger per job and community, in the community's time zone.</summary>
public sealed class QuartzJobSchedules(ISchedulerFactory schedulers) : IJobSchedules
{
    public IReadOnlyDictionary<string, string> Defaults { get; } = JobCatalog.All.ToDictionary(j => j.Key.Name, j => j.DefaultCron);

    public string? Validate(string cron)
    {
        try
        {
            _ = new CronExpression(cron);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    public async Task ApplyAsync(CommunitySettings settings, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var zone = settings.ResolveTimeZone();
        foreach (var (key, _, defaultCron) in JobCatalog.All)
        {
            var cron = settings.Schedules.GetValueOrDefault(key.Name, defaultCron);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(TriggerKeyFor(key, settings.Community))
                .ForJob(key)
                .UsingJobData(CommunityJob.CommunityKey, settings.Community)
                .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
        }
    }

    public static TriggerKey TriggerKeyFor(JobKey job, string community) => new($"{job.Name}.{community}", "communities");
}
