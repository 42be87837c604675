using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Core.Recommendations.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Storage.LiteDb;

public static class RecommendationStorageExtensions
{
    /// <summary>The LiteDB stores of the recommendation ports (course catalog, click tokens, models and profiles), on the LiteDbContext of AddLiteDbStorage.</summary>
    public static IServiceCollection AddLiteDbRecommendationStores(this IServiceCollection services)
    {
        services.AddSingleton<ICourseCatalog, CourseCatalogStore>();
        services.AddSingleton<IClickTokenStore, ClickTokenStore>();
        services.AddSingleton<IRecommendationStore, RecommendationStore>();
        return services;
    }
}
