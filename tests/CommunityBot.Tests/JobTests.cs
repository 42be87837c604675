using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations.Profiles;
using CommunityBot.Hosting;
using CommunityBot.Jobs;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CommunityBot.Tests;

/// <summary>The real host with the real Quartz scheduler and a LiteDB file in a temp folder.</summary>
public sealed class JobTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly Events _e = new(DateTimeOffset.UtcNow, community: "jobs");

    public void Dispose() => _data.Dispose();

    private async Task<IHost> StartHostAsync(bool catchUp)
    {
        var builder = Host.CreateApplicationBuilder([]);
        builder.AddCommunityBot(new BotPaths(_data.Path, null), withAdapters: catchUp);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [Fact]
    public async Task JobRunner_ScoreJob_RunsThroughQuartzAndStoresScores()
    {
        using var host = await StartHostAsync(catchUp: false);
        await host.Services.GetRequiredService<IIngestQueue>().StoreAsync([_e.Message("a", TimeSpan.FromMinutes(3))], CancellationToken.None);
        await host.Services.GetRequiredService<JobRunner>().RunAsync(ScoreJob.Key, "jobs", CancellationToken.None);
        Assert.NotNull(await host.Services.GetRequiredService<IScoreStore>().GetAsync("jobs", "a", CancellationToken.None));
        Assert.NotNull(await host.Services.GetRequiredService<IJobRunLog>().LastRunAsync("score", "jobs", CancellationToken.None));
        await host.StopAsync();
    }

    [Fact]
    public async Task JobRunner_RecommendationsJob_BuildsTheStoredModelAndProfiles()
    {
        using var host = await StartHostAsync(catchUp: false);
        await host.Services.GetRequiredService<IIngestQueue>().StoreAsync(
            [_e.Message("a", TimeSpan.FromMinutes(3), "how do I write a dockerfile?"), _e.Message("b", TimeSpan.FromMinutes(2), "hi")], CancellationToken.None);

        await host.Services.GetRequiredService<JobRunner>().RunAsync(RecommendationsJob.Key, "jobs", CancellationToken.None);

        var store = host.Services.GetRequiredService<IRecommendationStore>();
        Assert.NotNull(await store.LoadModelAsync("jobs", CancellationToken.None));
        Assert.Equal(["a", "b"], (await store.ProfilesAsync("jobs", null, CancellationToken.None)).Select(p => p.User).Order());
        Assert.Contains("docker", (await store.GetProfileAsync("jobs", "a", CancellationToken.None))!.Interests.Keys);
        Assert.NotNull(await host.Services.GetRequiredService<IJobRunLog>().LastRunAsync("recommendations", "jobs", CancellationToken.None));
        await host.StopAsync();
    }

    [Fact]
    public async Task JobRunner_ChallengeAndPeriodCloseJobs_RunThroughQuartz_NoChannelNothingPosted()
    {
        using var host = await StartHostAsync(catchUp: false);
        await host.Services.GetRequiredService<IIngestQueue>().StoreAsync([_e.Message("a", TimeSpan.FromMinutes(3))], CancellationToken.None);
        var runner = host.Services.GetRequiredService<JobRunner>();

        await runner.RunAsync(ChallengeJob.Key, "jobs", CancellationToken.None);
        await runner.RunAsync(PeriodCloseJob.Key, "jobs", CancellationToken.None);

        var runs = host.Services.GetRequiredService<IJobRunLog>();
        Assert.NotNull(await runs.LastRunAsync("challenge", "jobs", CancellationToken.None));
        Assert.NotNull(await runs.LastRunAsync("period-close", "jobs", CancellationToken.None));
        Assert.Null(await host.Services.GetRequiredService<Core.Challenges.IChallengeStore>().LatestAsync("jobs", CancellationToken.None));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_MissedFireWhileDown_RunsOnceAtStart()
    {
        using (var first = await StartHostAsync(catchUp: false))
        {
            await first.Services.GetRequiredService<IIngestQueue>().StoreAsync([_e.Message("a", TimeSpan.FromMinutes(3))], CancellationToken.None);
            // The score job (every 15 minutes) last ran two hours ago: at least one fire was missed.
            await first.Services.GetRequiredService<IJobRunLog>().RecordAsync("score", "jobs", DateTimeOffset.UtcNow.AddHours(-2), CancellationToken.None);
            await first.StopAsync();
        }
        using var second = await StartHostAsync(catchUp: true);
        var scores = second.Services.GetRequiredService<IScoreStore>();
        var runs = second.Services.GetRequiredService<IJobRunLog>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // The catch-up run happens on Quartz's threads; it stores the scores first, then records that it ran.
        while (await scores.GetAsync("jobs", "a", CancellationToken.None) is null
            || (await runs.LastRunAsync("score", "jobs", CancellationToken.None) ?? DateTimeOffset.MinValue) < DateTimeOffset.UtcNow.AddHours(-1))
        {
            await Task.Delay(50, deadline.Token);
        }
        var lastRun = await runs.LastRunAsync("score", "jobs", CancellationToken.None);
        Assert.True(lastRun > DateTimeOffset.UtcNow.AddMinutes(-1));
        await second.StopAsync();
    }

    [Fact]
    public async Task Schedule_ByAdmin_ReplacesTheCommunityTrigger()
    {
        using var host = await StartHostAsync(catchUp: false);
        var reply = await host.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "jobs", "general", "boss", "Boss", MemberRole.Admin, "/schedule score \"0 0 6 * * ?\""), CancellationToken.None);
        Assert.False(reply.IsError, reply.Text);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = (ICronTrigger)(await scheduler.GetTrigger(QuartzJobSchedules.TriggerKeyFor(ScoreJob.Key, "jobs")))!;
        Assert.Equal("0 0 6 * * ?", trigger.CronExpressionString);
        var refused = await host.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "jobs", "general", "boss", "Boss", MemberRole.Admin, "/schedule score every day"), CancellationToken.None);
        Assert.Contains("not a valid Quartz cron expression", refused.Text, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("* * * * * ?", "runs more often than once a minute (seconds field '*')")]
    [InlineData("*/10 * * * * ?", "runs more often than once a minute")]
    [InlineData("0,30 * * * * ?", "runs more often than once a minute")]
    [InlineData("0 0 0 30 2 ?", "it never fires")]
    [InlineData("0 0 25 * * ?", "not a valid Quartz cron expression")]
    public async Task Schedule_TooFastNeverOrInvalid_RefusedAndTriggerUnchanged(string cron, string expected)
    {
        using var host = await StartHostAsync(catchUp: false);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();

        var refused = await dispatcher.DispatchAsync(
            new CommandRequest("test", "jobs", "general", "boss", "Boss", MemberRole.Admin, $"/schedule score {cron}"), CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = (ICronTrigger?)await scheduler.GetTrigger(QuartzJobSchedules.TriggerKeyFor(ScoreJob.Key, "jobs"));
        var saved = await host.Services.GetRequiredService<ISettingsStore>().GetAsync("jobs", CancellationToken.None);

        Assert.True(refused.IsError);
        Assert.Contains(expected, refused.Text, StringComparison.Ordinal);
        Assert.NotEqual(cron, trigger?.CronExpressionString);
        Assert.False(saved.Schedules.ContainsKey("score"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Schedule_EveryMinute_Accepted()
    {
        using var host = await StartHostAsync(catchUp: false);

        var reply = await host.Services.GetRequiredService<CommandDispatcher>().DispatchAsync(
            new CommandRequest("test", "jobs", "general", "boss", "Boss", MemberRole.Admin, "/schedule score 0 * * * * ?"), CancellationToken.None);

        Assert.False(reply.IsError, reply.Text);
        await host.StopAsync();
    }

    [Fact]
    public void Host_RegistersEveryCommandAndJobType()
    {
        var builder = Host.CreateApplicationBuilder([]);
        builder.AddCommunityBot(new BotPaths(_data.Path, null), withAdapters: false);
        using var host = builder.Build();
        var registered = host.Services.GetServices<IBotCommand>().Select(c => c.GetType()).ToHashSet();
        var declared = typeof(IBotCommand).Assembly.GetTypes().Where(t => typeof(IBotCommand).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface);
        Assert.All(declared, t => Assert.Contains(t, registered));
        Assert.All(typeof(ScoreJob).Assembly.GetTypes().Where(t => typeof(IJob).IsAssignableFrom(t) && !t.IsAbstract),
            t => Assert.Contains(JobCatalog.All, j => j.Type == t));
    }
}
