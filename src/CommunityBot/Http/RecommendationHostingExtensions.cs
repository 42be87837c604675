using CommunityBot.Hosting;

namespace CommunityBot.Http;

public static class RecommendationHostingExtensions
{
    /// <summary>
    /// The executable's share of the recommendation slice: config/courses.json as every new community's starter catalog.
    /// Core's AddRecommendations is called by AddCore, the LiteDB stores by AddLiteDbStorage.
    /// </summary>
    public static IServiceCollection AddRecommendationHosting(this IServiceCollection services)
    {
        services.AddBundledCatalog();
        return services;
    }
}
