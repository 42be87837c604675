using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityBot.Core.Live;

public static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// The bot acting on its own (fresh scores within a second, level-ups, level roles, welcomes, challenge replies). Added by the hosts that run
    /// chat adapters; one-shot verbs and imports leave it out, so what they change is never announced.
    /// </summary>
    public static IServiceCollection AddLiveCommunity(this IServiceCollection services)
    {
        services.AddSingleton<LiveSignal>();
        services.AddSingleton<AnnouncementOutbox>();
        services.AddSingleton<LiveActors>();
        services.AddSingleton<IStoredEventsObserver>(sp => sp.GetRequiredService<LiveActors>());
        services.AddSingleton<LevelUps>();
        services.AddSingleton<IScoreRunObserver>(sp => sp.GetRequiredService<LevelUps>());
        services.AddSingleton<Welcomes>();
        services.AddSingleton<IStoredEventsObserver>(sp => sp.GetRequiredService<Welcomes>());
        services.AddSingleton<Challenges.ChallengeReplies>();
        services.AddSingleton<IStoredEventsObserver>(sp => sp.GetRequiredService<Challenges.ChallengeReplies>());
        services.AddHostedService<LevelRoles.LevelRoleSyncService>();
        services.AddSingleton<LiveCommunityService>();
        services.AddSingleton<IStoredEventsObserver>(sp => sp.GetRequiredService<LiveCommunityService>());
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<LiveCommunityService>());
        return services;
    }
}
