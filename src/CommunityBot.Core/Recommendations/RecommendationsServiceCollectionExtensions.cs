using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Core.Recommendations.Digest;
using CommunityBot.Core.Recommendations.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityBot.Core.Recommendations;

public static class RecommendationsServiceCollectionExtensions
{
    /// <summary>
    /// The recommendation slice: options, services, /recommend, /courses, /course and the "rec" buttons.
    /// Needs ICourseCatalog, IClickTokenStore and IRecommendationStore (storage), IActivityStore, ISettingsStore, IPrivacyStore, IAuditLog, IIngestQueue.
    /// </summary>
    public static IServiceCollection AddRecommendations(this IServiceCollection services)
    {
        services.AddOptions<RecommenderOptions>().BindConfiguration(RecommenderOptions.Section)
            .Validate(o => o.PriorStrength >= 0 && o.ContentWeight is >= 0 and <= 1 && o.Neighbors >= 1 && o.Shrinkage >= 0
                && o.Picks is >= 1 and <= 5 && o.DigestMaxMembers >= 0 && o.FairShare is >= 0 and <= 1,
                "Recommendations: PriorStrength and Shrinkage >= 0, ContentWeight and FairShare in [0,1], Neighbors >= 1, Picks 1 to 5, DigestMaxMembers >= 0.")
            .ValidateOnStart();
        services.AddOptions<ClickTrackingOptions>().BindConfiguration(ClickTrackingOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "Http:PublicBaseUrl must be an absolute URL.")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Http:LinkLifetime must be longer than zero (e.g. 30.00:00:00).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChatPlatforms>();
        services.TryAddSingleton(StarterCatalog.Empty);
        services.AddSingleton<CatalogViews>();
        services.AddSingleton<Engagement.ICommunityTopics>(sp => sp.GetRequiredService<CatalogViews>());
        services.AddSingleton<RecommendationModels>();
        services.AddSingleton<Ingest.IStoredEventsObserver>(sp => sp.GetRequiredService<RecommendationModels>());
        services.AddSingleton<RecommendationService>();
        services.AddSingleton<ClickLinks>();
        services.AddSingleton<CourseImporter>();
        services.AddSingleton<DigestService>();
        services.AddCommand<RecommendCommand>().AddCommand<CoursesCommand>().AddCommand<CourseCommand>();
        services.AddSingleton<IButtonHandler, RecommendationButtonHandler>();
        return services;
    }
}
