using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Leaderboards;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the platform-neutral core: ingest, scoring, leaderboards, commands. Storage and adapters are added separately.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Pictures.ICardRenderer, Pictures.NoCards>();
        services.TryAddSingleton<Platform.IRateSlots, Platform.LocalRateSlots>();
        services.TryAddSingleton<Platform.IWorkClaims, Platform.LocalWorkClaims>();
        services.TryAddSingleton<Platform.ILeases, Platform.LocalLeases>();
        services.TryAddSingleton<Dashboard.IDashboardGrants, Dashboard.InMemoryDashboardGrants>();
        services.AddSingleton<Identity.IdentityDirectory>();
        services.AddSingleton<ICommunityIdentities>(sp => sp.GetRequiredService<Identity.IdentityDirectory>());
        services.AddHostedService<Identity.IdentityRefresh>();
        services.AddCommand<Identity.LinkCommand>().AddCommand<Identity.CommunityCommand>();
        services.AddSingleton<Dashboard.DashboardAccess>();
        services.AddCommand<Dashboard.DashboardCommand>();
        services.AddSingleton<Platform.AdapterHealth>();
        services.AddSingleton<Ingest.IStoredEventsObserver>(sp => sp.GetRequiredService<Platform.AdapterHealth>());
        services.AddIngest();
        services.AddSingleton<ChatPlatforms>();
        services.AddSingleton<CommandDispatcher>();
        services.AddOptions<CommandRateLimitOptions>().BindConfiguration(CommandRateLimitOptions.Section);
        services.AddSingleton<CommandRateLimiter>();
        services.AddEngagement().AddLeaderboards().AddAdmin().AddMembers();
        services.AddRecommendations();
        services.AddCommand<HelpCommand>();
        services.AddCommand<Live.LevelUpCommand>().AddCommand<Live.LevelTitleCommand>().AddCommand<Live.WelcomeCommand>();
        services.AddSingleton<Nudges.NudgeService>();
        services.AddCommand<Nudges.NudgesCommand>();
        services.AddSingleton<Challenges.ChallengeService>();
        services.AddCommand<Challenges.ChallengeCommand>();
        services.AddSingleton<LevelRoles.LevelRoleSync>();
        services.AddCommand<LevelRoles.LevelRoleCommand>();
        return services;
    }

    public static IServiceCollection AddCommand<T>(this IServiceCollection services) where T : class, IBotCommand
    {
        services.TryAddSingleton<T>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<T>());
        return services;
    }

    private static IServiceCollection AddEngagement(this IServiceCollection services)
    {
        services.AddSingleton<ScoreRunNotifier>();
        services.AddSingleton<EngagementScorer>();
        services.AddSingleton<IncrementalScorer>();
        services.AddSingleton<LatestScores>();
        services.AddSingleton<IScoreRunObserver>(sp => sp.GetRequiredService<LatestScores>());
        services.AddSingleton<Ingest.IStoredEventsObserver>(sp => sp.GetRequiredService<IncrementalScorer>());
        // After the scorer: an event it counts as stored is already collected by the scorer's kept state.
        services.AddSingleton<ScoreFreshness>();
        services.AddSingleton<Ingest.IStoredEventsObserver>(sp => sp.GetRequiredService<ScoreFreshness>());
        services.AddSingleton<ActivitySnapshotter>();
        services.AddSingleton<Analytics.StatsReports>();
        services.AddSingleton<Activity.RetentionSweeper>();
        return services.AddCommand<ProfileCommand>().AddCommand<MemberCommand>().AddCommand<StatsCommand>();
    }

    private static IServiceCollection AddLeaderboards(this IServiceCollection services)
    {
        services.AddSingleton<LeaderboardQuery>();
        services.AddSingleton<PeriodCloser>();
        services.AddCommand<LeaderboardCommand>();
        services.AddSingleton<IButtonHandler>(sp => sp.GetRequiredService<LeaderboardCommand>());
        return services;
    }

    private static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<AdminChange>();
        services.AddSingleton<Purchases.PurchaseHook>();
        services.AddSingleton<Purchases.SalesFunnel>();
        return services.AddCommand<WeightsCommand>().AddCommand<ConfigCommand>().AddCommand<ScheduleCommand>()
            .AddCommand<RecomputeCommand>().AddCommand<XpCommand>().AddCommand<AuditCommand>();
    }

    private static IServiceCollection AddMembers(this IServiceCollection services)
    {
        services.AddSingleton<MemberResolver>();
        services.AddSingleton<IButtonHandler>(sp => sp.GetRequiredService<PrivacyCommand>());
        return services.AddCommand<PrivacyCommand>().AddCommand<MyDataCommand>();
    }
}
