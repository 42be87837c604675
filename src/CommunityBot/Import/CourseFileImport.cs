using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Import;

/// <summary>communitybot import FILE --format courses [--community ID]: a JSON or CSV catalog file into one community's catalog.</summary>
public static class CourseFileImport
{
    public const string Format = "courses";

    public static async Task<int> RunAsync(IServiceProvider services, string file, string? community, TextWriter output, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No course file '{file}'.", file);
        }
        community ??= await OnlyCommunityAsync(services, ct);
        var result = await services.GetRequiredService<CourseImporter>().ImportAsync(community, await File.ReadAllTextAsync(file, ct), ct);
        await output.WriteLineAsync($"{community}: {result.Summary}");
        return result.Courses.Count == 0 && result.Problems.Count > 0 ? Verbs.ExitCodes.Failed : Verbs.ExitCodes.Ok;
    }

    /// <summary>Each community has its own catalog, so the community must be named unless the database knows only one.</summary>
    private static async Task<string> OnlyCommunityAsync(IServiceProvider services, CancellationToken ct)
    {
        var communities = await services.GetRequiredService<IActivityStore>().CommunitiesAsync(ct);
        return communities.Count == 1
            ? communities[0]
            : throw new Verbs.VerbUsageException(communities.Count == 0
                ? "Name the community whose catalog receives the courses: --community ID (the database has no community yet)."
                : $"Name the community whose catalog receives the courses: --community ID (one of {string.Join(", ", communities)}).");
    }
}
