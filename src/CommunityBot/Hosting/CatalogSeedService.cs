using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using Microsoft.Extensions.Options;

namespace CommunityBot.Hosting;

/// <summary>
/// Validates config/courses.json at start-up, reporting each bad entry with its position and field, and seeds the
/// catalog store with the valid courses when the store is empty. After that, /course and imports manage the catalog.
/// </summary>
public sealed partial class CatalogSeedService(ICourseCatalog catalog, IOptions<RecommenderOptions> options, ILogger<CatalogSeedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(AppContext.BaseDirectory, options.Value.CatalogPath);
        if (!File.Exists(file))
        {
            LogMissing(logger, file);
            return;
        }
        var result = CourseImporter.Read(await File.ReadAllTextAsync(file, cancellationToken));
        foreach (var problem in result.Problems)
        {
            LogProblem(logger, file, problem.Position, problem.Field, problem.Message);
        }
        if ((await catalog.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }
        foreach (var course in result.Courses)
        {
            await catalog.SaveAsync(course, cancellationToken);
        }
        LogSeeded(logger, result.Courses.Count, file);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course catalog file {File} not found; the catalog starts empty")]
    private static partial void LogMissing(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Course catalog {File}: {Position}, field '{Field}': {Problem}; entry skipped")]
    private static partial void LogProblem(ILogger logger, string file, string position, string field, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the course catalog with {Count} courses from {File}")]
    private static partial void LogSeeded(ILogger logger, int count, string file);
}
