using CommunityBot.Core.Activity;
using CommunityBot.Jobs;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace CommunityBot.Tests.Cluster;

/// <summary>
/// Two bot instances in one Quartz cluster on one real PostgreSQL database (the qrtz_ tables made by the bot's
/// migrations): every fire runs on exactly one of them, catch-up at start runs once, and a job left running by an
/// instance that died is run again by the other.
/// </summary>
[Collection(nameof(ProbeJob))]
public sealed class JobClusterTests : IDisposable
{
    private readonly TempFolder _dataA = new();
    private readonly TempFolder _dataB = new();
    private readonly string _database = PostgresServer.CreateDatabase();

    public void Dispose()
    {
        _dataA.Dispose();
        _dataB.Dispose();
    }

    [Fact]
    public async Task TwoInstances_TwoTriggersOfTenFires_EachFireRunsExactlyOnce()
    {
        ProbeJob.Runs.Clear();
        using var a = ClusterHost.Build(_database, _dataA);
        using var b = ClusterHost.Build(_database, _dataB);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        var job = JobBuilder.Create<ProbeJob>().WithIdentity("probe-fires").StoreDurably().Build();
        await (await a.SchedulerAsync()).AddJob(job, AddJobOptions.Replacing);
        // Each instance schedules one trigger, so both are awake and compete for every fire of both.
        var start = DateTimeOffset.UtcNow.AddSeconds(1);
        foreach (var (host, name) in new[] { (a, "from-a"), (b, "from-b") })
        {
            await (await host.SchedulerAsync()).ScheduleJob(TriggerBuilder.Create().WithIdentity(name).ForJob(job.Key).StartAt(start)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(300)).WithRepeatCount(9)).Build());
        }

        await WaitUntilAsync(() => ProbeJob.Runs.Count(r => r.Job == "probe-fires") >= 20, TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a doubled fire would show up by now

        var runs = ProbeJob.Runs.Where(r => r.Job == "probe-fires").ToList();
        Assert.Equal(20, runs.Count);
        Assert.All(runs.GroupBy(r => r.Trigger), g => Assert.Equal(10, g.Select(r => r.Scheduled).Distinct().Count()));
        var instances = new[] { (await a.SchedulerAsync()).SchedulerInstanceId, (await b.SchedulerAsync()).SchedulerInstanceId };
        Assert.NotEqual(instances[0], instances[1]);
        Assert.True(a.Services.GetRequiredService<JobStore>().IsClustered);
        Assert.All(runs, r => Assert.Contains(r.Instance, instances));
        foreach (var (key, _, _) in JobCatalog.All)
        {
            Assert.True((await (await a.SchedulerAsync()).GetJobDetail(key))!.RequestsRecovery, key.Name); // the bot's own jobs are recovered too
        }
        await Task.WhenAll(a.StopAsync(), b.StopAsync());
    }

    [Fact]
    public async Task InstanceDiesMidJob_TheOtherRunsItAgain()
    {
        ProbeJob.Runs.Clear();
        using var a = ClusterHost.Build(_database, _dataA);
        using var b = ClusterHost.Build(_database, _dataB);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());
        var schedulers = new[] { await a.SchedulerAsync(), await b.SchedulerAsync() };
        var job = JobBuilder.Create<ProbeJob>().WithIdentity("probe-recovery").UsingJobData(ProbeJob.HangKey, "yes")
            .StoreDurably().RequestRecovery().Build();
        await schedulers[0].ScheduleJob(job, TriggerBuilder.Create().WithIdentity("once").StartNow().Build());

        await WaitUntilAsync(() => ProbeJob.Runs.Any(r => r.Job == "probe-recovery"), TimeSpan.FromSeconds(40));
        var first = ProbeJob.Runs.Single(r => r.Job == "probe-recovery");
        var victim = schedulers.Single(s => s.SchedulerInstanceId == first.Instance);
        var survivor = schedulers.Single(s => s.SchedulerInstanceId != first.Instance);
        // The victim stops checking in and never finishes its job: to the cluster it is an instance that died.
        await victim.Shutdown(waitForJobsToComplete: false);

        await WaitUntilAsync(() => ProbeJob.Runs.Any(r => r.Job == "probe-recovery" && r.Recovering), TimeSpan.FromSeconds(40));
        var again = ProbeJob.Runs.Where(r => r.Job == "probe-recovery").ToList();
        Assert.Equal(2, again.Count);
        Assert.False(again[0].Recovering);
        Assert.True(again[1].Recovering);
        Assert.Equal(survivor.SchedulerInstanceId, again[1].Instance);
        ProbeJob.Release.TrySetResult();
        await survivor.Shutdown(waitForJobsToComplete: true);
    }

    [Fact]
    public async Task TwoInstancesStartTogether_EachMissedJobOfTheCommunityRunsOnce()
    {
        var seed = new Events(DateTimeOffset.UtcNow, community: "cluster");
        using (var seeding = ClusterHost.Build(_database, _dataA))
        {
            // Resolving the store migrates the database; the events make "cluster" a community with every job due.
            await seeding.Services.GetRequiredService<IActivityStore>().AppendAsync(
                [seed.Message("ann", TimeSpan.FromMinutes(5), "first"), seed.Message("bob", TimeSpan.FromMinutes(4), "second")], CancellationToken.None);
        }
        using var a = ClusterHost.Build(_database, _dataA);
        using var b = ClusterHost.Build(_database, _dataB);
        await Task.WhenAll(a.StartAsync(), b.StartAsync());

        var expected = JobCatalog.All.Select(j => j.Key.Name).Order().ToList();
        var runs = await ExecutionsAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (runs.Count < expected.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            runs = await ExecutionsAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // a second catch-up would land by now
        runs = await ExecutionsAsync();

        Assert.Equal(expected, runs.Select(r => r.Job).Order().ToList());
        Assert.All(runs, r => Assert.True(r.Succeeded, r.Job + " failed"));
        var scores = a.Services.GetRequiredService<Core.Engagement.IScoreStore>();
        Assert.NotNull(await scores.GetAsync("cluster", "ann", CancellationToken.None));
        await Task.WhenAll(a.StopAsync(), b.StopAsync());
    }

    [Fact]
    public async Task Start_CatchUpAnotherInstanceClaimed_NotScheduledAgain()
    {
        var seed = new Events(DateTimeOffset.UtcNow, community: "cluster");
        var lastScore = new DateTimeOffset(DateTime.UtcNow.AddHours(-2).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        using (var seeding = ClusterHost.Build(_database, _dataA))
        {
            await seeding.Services.GetRequiredService<IActivityStore>().AppendAsync([seed.Message("ann", TimeSpan.FromMinutes(5), "first")], CancellationToken.None);
            // The score job ran two hours ago (fires were missed) and another instance has already claimed, scheduled
            // and run its catch-up: that run leaves no trigger behind, only the claim.
            await seeding.Services.GetRequiredService<Core.Communities.IJobRunLog>().RecordAsync("score", "cluster", lastScore, CancellationToken.None);
            Assert.True(await seeding.Services.GetRequiredService<Core.Platform.IWorkClaims>().TryClaimAsync(
                $"catch-up:score:cluster:{lastScore.UtcTicks}", CancellationToken.None));
        }
        using var a = ClusterHost.Build(_database, _dataA);
        await a.StartAsync();

        var expected = JobCatalog.All.Select(j => j.Key.Name).Where(n => n != "score").Order().ToList();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var runs = await ExecutionsAsync();
        while (runs.Count < expected.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            runs = await ExecutionsAsync();
        }
        await Task.Delay(TimeSpan.FromSeconds(3)); // a score catch-up would land by now

        Assert.Equal(expected, (await ExecutionsAsync()).Select(r => r.Job).Order().ToList()); // the other jobs never ran: caught up
        await a.StopAsync();
    }

    /// <summary>The cluster's own record of what ran (Quartz's execution history in the bot's database).</summary>
    private async Task<List<(string Job, string Instance, bool Succeeded)>> ExecutionsAsync()
    {
        await using var connection = new NpgsqlConnection(_database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT job_name, instance_name, succeeded FROM qrtz_execution_history", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, string, bool)>();
        while (await reader.ReadAsync())
        {
            runs.Add((reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }
        return runs;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the cluster");
            await Task.Delay(50);
        }
    }
}
