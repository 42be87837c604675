using System.Globalization;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Platform;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>
/// Keeps one trigger per job and community (new communities appear when the bot is added somewhere), and runs once
/// every job whose cron fired while the bot was down (or that never ran for the community). A trigger already kept
/// in a cluster's store is left to Quartz, which fires a missed one once itself; only new triggers are caught up
/// here. Instances starting together may both find the same run missed: the catch-up is claimed first
/// (<see cref="IWorkClaims"/>, keyed by the job, the community and the last run seen), so it is scheduled once; the
/// fixed trigger key alone did not do it, as a catch-up that already ran leaves no trigger behind to collide with.
/// </summary>
public sealed class JobScheduleService(
    ISchedulerFactory schedulers,
    QuartzJobSchedules schedules,
    ISettingsStore settings,
    IActivityStore events,
    IJobRunLog runs,
    IWorkClaims claims,
    TimeProvider clock,
    ILogger<JobScheduleService> logger) : BackgroundService
{
    private readonly HashSet<string> _scheduled = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SyncAsync(catchUp: true, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5), clock);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SyncAsync(catchUp: true, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping (or failing to start): nothing to clean up.
        }
    }

    public async Task SyncAsync(bool catchUp, CancellationToken ct)
    {
        var communities = (await events.CommunitiesAsync(ct)).Union((await settings.ListAsync(ct)).Select(s => s.Community)).ToList();
        foreach (var community in communities.Where(c => !_scheduled.Contains(c)))
        {
            var config = await settings.GetAsync(community, ct);
            var created = await schedules.ScheduleAsync(config, ct);
            _scheduled.Add(community);
            if (catchUp)
            {
                await CatchUpAsync(config, created, ct);
            }
        }
    }

    private async Task CatchUpAsync(CommunitySettings config, IReadOnlySet<JobKey> created, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var now = clock.GetUtcNow();
        foreach (var (key, _, defaultCron) in JobCatalog.All.Where(j => created.Contains(j.Key)))
        {
            var cron = new CronExpression(config.Schedules.GetValueOrDefault(key.Name, defaultCron), config.ResolveTimeZone());
            var last = await runs.LastRunAsync(key.Name, config.Community, ct);
            var missed = last is null || cron.GetNextValidTimeAfter(last.Value) is { } next && next <= now;
            var seen = last?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "never";
            if (missed && await claims.TryClaimAsync($"catch-up:{key.Name}:{config.Community}:{seen}", ct))
            {
                var once = TriggerBuilder.Create()
                    .WithIdentity($"{key.Name}.{config.Community}", "catch-up")
                    .ForJob(key)
                    .UsingJobData(CommunityJob.CommunityKey, config.Community)
                    .StartNow()
                    .Build();
                try
                {
                    await scheduler.ScheduleJob(once, new ScheduleJobOptions(), ct);
                    logger.LogInformation("Running missed job {Job} for {Community} once at start", key.Name, config.Community);
                }
                catch (ObjectAlreadyExistsException)
                {
                    // Another instance of the cluster is catching this one up right now.
                }
            }
        }
    }
}
