using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

internal sealed class MemoryCourseCatalog(IEnumerable<Course> courses) : ICourseCatalog
{
    private readonly Dictionary<string, Course> _courses = courses.ToDictionary(c => c.Id, StringComparer.Ordinal);

    public Task<IReadOnlyList<Course>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Course>>(_courses.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList());

    public Task<Course?> FindAsync(string id, CancellationToken ct) => Task.FromResult(_courses.GetValueOrDefault(id));

    public Task SaveAsync(Course course, CancellationToken ct)
    {
        _courses[course.Id] = course;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string id, CancellationToken ct) => Task.FromResult(_courses.Remove(id));
}
