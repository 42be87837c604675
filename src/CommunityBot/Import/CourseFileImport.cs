using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Import;

/// <summary>communitybot import FILE --format courses: a JSON or CSV catalog file into the catalog store.</summary>
public static class CourseFileImport
{
    public const string Format = "courses";

    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No course file '{file}'.", file);
        }
        var result = await services.GetRequiredService<CourseImporter>().ImportAsync(await File.ReadAllTextAsync(file, ct), ct);
        await output.WriteLineAsync(result.Summary);
        return result.Courses.Count == 0 && result.Problems.Count > 0 ? Verbs.ExitCodes.Failed : Verbs.ExitCodes.Ok;
    }
}
