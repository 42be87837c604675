namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>The courses that passed validation and the problems of those that did not.</summary>
public sealed record CatalogReadResult(IReadOnlyList<Course> Courses, IReadOnlyList<CatalogProblem> Problems)
{
    public string Summary => Problems.Count == 0
        ? $"{Courses.Count} courses loaded."
        : $"{Courses.Count} courses loaded, {Problems.Count} rejected:\n" + string.Join('\n', Problems.Select(p => "- " + p));
}
