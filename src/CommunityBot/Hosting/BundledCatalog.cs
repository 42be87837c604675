using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using Microsoft.Extensions.Options;

namespace CommunityBot.Hosting;

/// <summary>
/// Reads the bundled config/courses.json, reporting each bad entry with its position and field, as the courses a new
/// community's catalog starts with. After that, each community's /course and imports manage its own catalog.
/// </summary>
public static partial class BundledCatalog
{
    public static StarterCatalog Load(RecommenderOptions options, ILogger logger)
    {
        if (!options.StartFromBundledCatalog)
        {
            return StarterCatalog.Empty;
        }
        var file = Path.Combine(AppContext.BaseDirectory, options.CatalogPath);
        if (!File.Exists(file))
        {
            LogMissing(logger, file);
            return StarterCatalog.Empty;
        }
        var result = CourseImporter.Read(File.ReadAllText(file));
        foreach (var problem in result.Problems)
        {
            LogProblem(logger, file, problem.Position, problem.Field, problem.Message);
        }
        return new StarterCatalog(result.Courses);
    }

    /// <summary>Registers the starter catalog, read once and checked at start-up so a bad entry is reported then.</summary>
    public static IServiceCollection AddBundledCatalog(this IServiceCollection services)
    {
        services.AddSingleton(sp => Load(sp.GetRequiredService<IOptions<RecommenderOptions>>().Value, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BundledCatalog))));
        services.AddHostedService<StartupCheck>();
        return services;
    }

    private sealed class StartupCheck(StarterCatalog starter) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(starter);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course catalog file {File} not found; new communities start with an empty catalog")]
    private static partial void LogMissing(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course catalog {File}: {Position}, field '{Field}': {Problem}; entry skipped")]
    private static partial void LogProblem(ILogger logger, string file, string position, string field, string problem);
}
