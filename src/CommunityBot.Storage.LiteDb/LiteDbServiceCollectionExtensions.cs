using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Storage.LiteDb;

public static class LiteDbServiceCollectionExtensions
{
    /// <summary>Registers the embedded LiteDB store (one file) behind every Core storage port.</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string databaseFilePath)
    {
        services.AddSingleton(_ => new LiteDbContext(databaseFilePath));
        services.AddSingleton<IActivityStore, EventStore>();
        services.AddSingleton<IScoreStore, ScoreStore>();
        services.AddSingleton<ISettingsStore, SettingsStore>();
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<IPrivacyStore, PrivacyStore>();
        services.AddSingleton<IJobRunLog, JobRunLog>();
        services.AddSingleton<ILeaderboardArchive, LeaderboardArchive>();
        services.AddSingleton<Core.Live.IMemberLevelStore, MemberLevelStore>();
        services.AddSingleton<Core.Nudges.INudgeStore, NudgeStore>();
        services.AddSingleton<Core.Challenges.IChallengeStore, ChallengeStore>();
        services.AddSingleton<Core.LevelRoles.IRoleSyncQueue, RoleSyncQueue>();
        services.AddSingleton<Core.Purchases.ISalesLedger, SalesLedger>();
        services.AddSingleton<Core.Identity.IIdentityStore, IdentityStore>();
        services.AddLiteDbRecommendationStores();
        return services;
    }
}
