using CommunityBot.Hosting;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Http;

public static class RecommendationHostingExtensions
{
    /// <summary>
    /// The executable's share of the recommendation slice: the LiteDB stores of its ports and the catalog seeding
    /// from config/courses.json. Core's AddRecommendations (commands, services) is registered by AddCore.
    /// </summary>
    public static IServiceCollection AddRecommendationHosting(this IServiceCollection services)
    {
        services.AddLiteDbRecommendationStores();
        services.AddHostedService<CatalogSeedService>();
        return services;
    }
}
