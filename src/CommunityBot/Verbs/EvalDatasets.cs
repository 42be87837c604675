using CommunityBot.Core.Activity;
using CommunityBot.Core.Import;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Evaluation;
using CommunityBot.Demo;
using CommunityBot.Hosting;

namespace CommunityBot.Verbs;

/// <summary>Loads the datasets `eval` knows by name.</summary>
public static class EvalDatasets
{
    public static async Task<EvalDataset> MovieLensAsync(string? path, CancellationToken ct)
    {
        var folder = path ?? EvalDataPaths.FindShared(EvalDataPaths.MovieLensFolder)
            ?? throw new IOException($"No ../shared/data/{EvalDataPaths.MovieLensFolder} folder above the current directory; pass --path.");
        var movies = Path.Combine(folder, "movies.csv");
        var ratings = Path.Combine(folder, "ratings.csv");
        if (!File.Exists(movies) || !File.Exists(ratings))
        {
            throw new IOException($"'{folder}' has no movies.csv and ratings.csv (MovieLens latest-small layout).");
        }
        var tags = Path.Combine(folder, "tags.csv");
        using var movieReader = new StringReader(await File.ReadAllTextAsync(movies, ct));
        using var ratingReader = new StringReader(await File.ReadAllTextAsync(ratings, ct));
        using var tagReader = File.Exists(tags) ? new StringReader(await File.ReadAllTextAsync(tags, ct)) : null;
        return MovieLensReader.Read(movieReader, ratingReader, tagReader);
    }

    /// <summary>A fixed "now" for the generated sample, so every run evaluates the same community.</summary>
    public static readonly DateTimeOffset SampleNow = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The bundled demo community (the demo verb's generator over the bundled catalog, or the catalog file at <paramref name="path"/>).</summary>
    public static async Task<EvalDataset> SampleAsync(string? path, CancellationToken ct)
    {
        var catalogFile = path is null ? BotPaths.CatalogFile : Directory.Exists(path) ? Path.Combine(path, "courses.json") : path;
        var catalog = CourseJsonReader.Read(await File.ReadAllTextAsync(catalogFile, ct));
        if (catalog.Courses.Count == 0)
        {
            throw new InvalidDataException($"'{catalogFile}' holds no valid course. {catalog.Summary}");
        }
        var lines = new SampleCommunity(SampleCourse.Load(catalogFile), SampleNow).Generate();
        var events = lines.Select(l => JsonlEventParser.Parse(l).Event).OfType<ActivityEvent>().ToList();
        return SampleDataset.From("sample", catalog.Courses, events);
    }
}
