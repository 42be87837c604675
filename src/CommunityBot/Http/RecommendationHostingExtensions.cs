using CommunityBot.Hosting;

namespace CommunityBot.Http;

public static class RecommendationHostingExtensions
{
    /// <summary>
    /// The executable's share of the recommendation slice: seeding the catalog from config/courses.json.
    /// Core's AddRecommendations is called by AddCore, the LiteDB stores by AddLiteDbStorage.
    /// </summary>
    public static IServiceCollection AddRecommendationHosting(this IServiceCollection services)
    {
        services.AddHostedService<CatalogSeedService>();
        return services;
    }
}
