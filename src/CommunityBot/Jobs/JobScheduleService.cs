using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>
/// Keeps one trigger per job and community (new communities appear when the bot is added somewhere), and runs once
/// every job whose cron fired while the bot was down (or that never ran for the community). A trigger already kept
/// in a cluster's store is left to Quartz, which fires a missed one once itself; only new triggers are caught up
/// here, under one trigger key per job and community, so instances starting together run the catch-up once.
/// </summary>
public sealed class JobScheduleService(
    ISchedulerFactory schedulers,
    QuartzJobSchedules schedules,
    ISettingsStore settings,
    IActivityStore events,
    IJobRunLog runs,
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
            if (missed)
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
