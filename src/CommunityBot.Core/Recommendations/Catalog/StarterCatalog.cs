namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>
/// The courses a community's catalog starts with the first time it is read: the bundled config/courses.json, or
/// none when <see cref="RecommenderOptions.StartFromBundledCatalog"/> is off. Without a host, no courses.
/// </summary>
public sealed class StarterCatalog(IReadOnlyList<Course> courses)
{
    public static StarterCatalog Empty { get; } = new([]);

    public IReadOnlyList<Course> Courses { get; } = courses;
}
