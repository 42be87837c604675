using CommunityBot.Core.Pictures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityBot.Pictures;

public static class PicturesServiceCollectionExtensions
{
    /// <summary>Rank cards and charts drawn with SkiaSharp, replacing the core's text-only default.</summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        services.AddOptions<PictureOptions>().BindConfiguration(PictureOptions.Section);
        services.Replace(ServiceDescriptor.Singleton<ICardRenderer, SkiaCardRenderer>());
        return services;
    }
}
