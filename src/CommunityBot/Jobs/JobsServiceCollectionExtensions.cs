using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The scheduler name every instance of a cluster shares (its rows in the qrtz_ tables).</summary>
    public const string SchedulerName = "communitybot";

    /// <summary>
    /// Quartz with every job stored durably; triggers are per community (see <see cref="QuartzJobSchedules"/>). With a
    /// cluster store the jobs also ask for recovery: a fire an instance did not finish because it died is run again
    /// by another instance (every job is safe to run again: each picks up from what is stored).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, JobStore store, bool catchUpOnStart)
    {
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = SchedulerName);
            AddJob<ScoreJob>(q, ScoreJob.Key, store);
            AddJob<ActivityJob>(q, ActivityJob.Key, store);
            AddJob<PeriodCloseJob>(q, PeriodCloseJob.Key, store);
            AddJob<RetentionJob>(q, RetentionJob.Key, store);
            AddJob<RecommendationsJob>(q, RecommendationsJob.Key, store);
            AddJob<DigestJob>(q, DigestJob.Key, store);
            AddJob<NudgeJob>(q, NudgeJob.Key, store);
            AddJob<ChallengeJob>(q, ChallengeJob.Key, store);
            if (store.ClusterConnectionString is { } connectionString)
            {
                q.UsePersistentStore(s =>
                {
                    // The qrtz_ tables come from the bot's own migrations (QuartzTables); Quartz only checks them.
                    s.UsePostgres(connectionString);
                    s.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                    s.UseExecutionHistory(); // one history for the cluster (qrtz_execution_history: which instance ran what), trimmed by Quartz
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = store.Cluster.CheckinInterval;
                        c.CheckinMisfireThreshold = store.Cluster.CheckinMisfireThreshold;
                    });
                });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton(store);
        services.AddSingleton<QuartzJobSchedules>();
        services.AddSingleton<IJobSchedules>(sp => sp.GetRequiredService<QuartzJobSchedules>());
        services.AddSingleton<JobRunner>();
        if (catchUpOnStart)
        {
            services.AddHostedService<JobScheduleService>();
        }
        return services;
    }

    private static void AddJob<TJob>(IQuartzBuilder q, JobKey key, JobStore store)
        where TJob : IJob =>
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().RequestRecovery(store.IsClustered));
}
