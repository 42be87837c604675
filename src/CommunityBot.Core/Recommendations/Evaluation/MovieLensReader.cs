using System.Globalization;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// MovieLens (ml-latest-small layout) as a course community: movies are courses, genres then members' free-text
/// tags are course tags (the first genre is the primary tag), ratings of 4 or more are positive interactions.
/// </summary>
public static class MovieLensReader
{
    public const double PositiveRating = 4;

    public static EvalDataset Read(TextReader movies, TextReader ratings, TextReader? tags)
    {
        var userTags = tags is null ? [] : Rows(tags)
            .Where(r => r.Count >= 3)
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[2].Trim().ToLowerInvariant()).Where(t => t.Length > 0).ToList(), StringComparer.Ordinal);
        var courses = Rows(movies).Where(r => r.Count >= 3).Select(r => new Course
        {
            Id = r[0],
            Title = r[1],
            Url = "https://movielens.org/movies/" + r[0],
            Tags = r[2].Split('|').Where(g => g != "(no genres listed)")
                .Concat(userTags.GetValueOrDefault(r[0]) ?? []).Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
        var interactions = Rows(ratings)
            .Where(r => r.Count >= 4 && double.Parse(r[2], CultureInfo.InvariantCulture) >= PositiveRating)
            .Select(r => new Interaction(r[0], r[1], DateTimeOffset.FromUnixTimeSeconds(long.Parse(r[3], CultureInfo.InvariantCulture))))
            .ToList();
        return new EvalDataset("movielens", courses, interactions);
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(TextReader reader) => Csv.Read(reader).Skip(1).Select(r => r.Fields);
}
