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
    /// <summary>MovieLens as ratings (with the members' free-text tags) or as purchases (genres as the only tags).</summary>
    public static async Task<EvalDataset> MovieLensAsync(string? path, bool withMemberTags, CancellationToken ct)
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
        using var tagReader = withMemberTags && File.Exists(tags) ? new StringReader(await File.ReadAllTextAsync(tags, ct)) : null;
        var data = MovieLensReader.Read(movieReader, ratingReader, tagReader);
        return withMemberTags ? data : data with { Name = "movielens-purchases" };
    }

    /// <summary>A seller's own purchases CSV (user,course,time[,tags]).</summary>
    public static async Task<EvalDataset> PurchasesAsync(string? path, CancellationToken ct)
    {
        if (path is null || !File.Exists(path))
        {
            throw new IOException(path is null ? "--dataset purchases needs --path FILE (a CSV of user,course,time[,tags])." : $"There is no file '{path}'.");
        }
        using var reader = new StringReader(await File.ReadAllTextAsync(path, ct));
        return PurchasesCsvReader.Read(reader);
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
