using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

/// <summary>
/// Keeps one trigger per job and community (new communities appear when the bot is added somewhere), and at start
/// runs once every job whose cron fired while the bot was down (or that never ran for the community).
/// </summary>
public sealed class JobScheduleService(
    ISchedulerFactory schedulers,
    IJobSchedules schedules,
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
            await schedules.ApplyAsync(config, ct);
            _scheduled.Add(community);
            if (catchUp)
            {
                await CatchUpAsync(config, ct);
            }
        }
    }

    private async Task CatchUpAsync(CommunitySettings config, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var now = clock.GetUtcNow();
        foreach (var (key, _, defaultCron) in JobCatalog.All)
        {
            var cron = new CronExpression(config.Schedules.GetValueOrDefault(key.Name, defaultCron), config.ResolveTimeZone());
            var last = await runs.LastRunAsync(key.Name, config.Community, ct);
            var missed = last is null || cron.GetNextValidTimeAfter(last.Value) is { } next && next <= now;
            if (missed)
            {
                logger.LogInformation("Running missed job {Job} for {Community} once at start", key.Name, config.Community);
                await scheduler.TriggerJob(key, new JobDataMap { [CommunityJob.CommunityKey] = config.Community }, ct);
            }
        }
    }
}
