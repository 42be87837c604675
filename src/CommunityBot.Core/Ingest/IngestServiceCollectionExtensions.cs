using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Ingest;

public static class IngestServiceCollectionExtensions
{
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section);
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<IIngestQueue>(sp => sp.GetRequiredService<IngestQueue>());
        services.AddHostedService<IngestWriterService>();
        return services;
    }
}
