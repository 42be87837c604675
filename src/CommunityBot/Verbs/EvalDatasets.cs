using CommunityBot.Core.Recommendations.Evaluation;

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

    public static Task<EvalDataset> SampleAsync(string? path, CancellationToken ct) =>
        throw new InvalidDataException("The sample community is not bundled yet.");
}
