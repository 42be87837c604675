using CommunityBot.Core.Communities;
using Quartz;

namespace CommunityBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Quartz with every job stored durably; triggers are per community (see <see cref="QuartzJobSchedules"/>).</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, bool catchUpOnStart)
    {
        services.AddQuartz(q =>
        {
            q.AddJob<ScoreJob>(j => j.WithIdentity(ScoreJob.Key).StoreDurably());
            q.AddJob<ActivityJob>(j => j.WithIdentity(ActivityJob.Key).StoreDurably());
            q.AddJob<PeriodCloseJob>(j => j.WithIdentity(PeriodCloseJob.Key).StoreDurably());
            q.AddJob<RetentionJob>(j => j.WithIdentity(RetentionJob.Key).StoreDurably());
            q.AddJob<RecommendationsJob>(j => j.WithIdentity(RecommendationsJob.Key).StoreDurably());
            q.AddJob<DigestJob>(j => j.WithIdentity(DigestJob.Key).StoreDurably());
            q.AddJob<NudgeJob>(j => j.WithIdentity(NudgeJob.Key).StoreDurably());
            q.AddJob<ChallengeJob>(j => j.WithIdentity(ChallengeJob.Key).StoreDurably());
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<IJobSchedules, QuartzJobSchedules>();
        services.AddSingleton<JobRunner>();
        if (catchUpOnStart)
        {
            services.AddHostedService<JobScheduleService>();
        }
        return services;
    }
}
