using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Members;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Storage.Postgres;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>Registers the PostgreSQL store behind every Core storage port; the schema is migrated when it is first used.</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => new PostgresDatabase(connectionString));
        services.AddHostedService<SchemaOnStart>();
        services.AddSingleton<Documents>();
        services.AddSingleton<IActivityStore, PgEventStore>();
        services.AddSingleton<IScoreStore, PgScoreStore>();
        services.AddSingleton<ISettingsStore, PgSettingsStore>();
        services.AddSingleton<IAuditLog, PgAuditLog>();
        services.AddSingleton<IPrivacyStore, PgPrivacyStore>();
        services.AddSingleton<IJobRunLog, PgJobRunLog>();
        services.AddSingleton<ILeaderboardArchive, PgLeaderboardArchive>();
        services.AddSingleton<Core.Live.IMemberLevelStore, PgMemberLevelStore>();
        services.AddSingleton<Core.Nudges.INudgeStore, PgNudgeStore>();
        services.AddSingleton<Core.Challenges.IChallengeStore, PgChallengeStore>();
        services.AddSingleton<Core.LevelRoles.IRoleSyncQueue, PgRoleSyncQueue>();
        services.AddSingleton<Core.Purchases.ISalesLedger, PgSalesLedger>();
        services.AddSingleton<Core.Identity.IIdentityStore, PgIdentityStore>();
        services.AddSingleton<Core.Recommendations.Catalog.ICourseCatalog, PgCourseCatalog>();
        services.AddSingleton<Core.Recommendations.Clicks.IClickTokenStore, PgClickTokenStore>();
        services.AddSingleton<Core.Recommendations.Profiles.IRecommendationStore, PgRecommendationStore>();
        services.AddSingleton<Core.Platform.IRateSlots, PgRateSlots>();
        services.AddSingleton<Core.Platform.IWorkClaims, PgWorkClaims>();
        services.AddSingleton<Core.Platform.ILeases, PgLeases>();
        services.AddSingleton<Core.Dashboard.IDashboardGrants, PgDashboardGrants>();
        return services;
    }
}
