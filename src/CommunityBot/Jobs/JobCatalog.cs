using Quartz;

namespace CommunityBot.Jobs;

/// <summary>Every schedulable job: its key, its type and its default cron (community time zone).</summary>
public static class JobCatalog
{
    public static readonly IReadOnlyList<(JobKey Key, Type Type, string DefaultCron)> All =
    [
        (ScoreJob.Key, typeof(ScoreJob), "0 0/15 * * * ?"),
        (ActivityJob.Key, typeof(ActivityJob), "0 5 * * * ?"),
        (PeriodCloseJob.Key, typeof(PeriodCloseJob), "0 1 0 * * ?"),
        (RetentionJob.Key, typeof(RetentionJob), "0 30 3 * * ?"),
        (RecommendationsJob.Key, typeof(RecommendationsJob), "0 20 * * * ?"),
        (DigestJob.Key, typeof(DigestJob), DigestJob.DefaultCron),
        (NudgeJob.Key, typeof(NudgeJob), "0 0 18 * * ?"),
        (ChallengeJob.Key, typeof(ChallengeJob), "0 0 9 ? * MON"),
    ];
}
