namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>Collects read entries: validates each, rejects duplicate ids, keeps the rest.</summary>
internal sealed class CatalogBuilder
{
    private readonly List<Course> _courses = [];
    private readonly List<CatalogProblem> _problems = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public void Reject(string position, string field, string message) => _problems.Add(new CatalogProblem(position, field, message));

    public void Add(string position, Course course)
    {
        if (CourseValidator.Check(course) is { } problem)
        {
            Reject(position, problem.Field, problem.Message);
        }
        else if (!_ids.Add(course.Id))
        {
            Reject(position, "id", $"'{course.Id}' appears earlier in the same file");
        }
        else
        {
            _courses.Add(course);
        }
    }

    public CatalogReadResult Build() => new(_courses, _problems);

    /// <summary>Splits a list cell such as "docker|containers" or "docker; containers".</summary>
    public static IReadOnlyList<string> SplitList(string cell) =>
        cell.Split(['|', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
