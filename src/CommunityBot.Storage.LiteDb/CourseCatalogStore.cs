using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Storage.LiteDb;

/// <summary>The course catalog, one JSON-wrapped document per course keyed by its id.</summary>
internal sealed class CourseCatalogStore(LiteDbContext db) : ICourseCatalog
{
    private const string Global = "";

    private long _revision;

    public long Revision => Interlocked.Read(ref _revision);

    private LiteDB.ILiteCollection<LiteDB.BsonDocument> Courses => db.Database.GetCollection("courses");

    public Task<IReadOnlyList<Course>> ListAsync(CancellationToken ct)
    {
        IReadOnlyList<Course> courses = Courses.FindAll().Select(JsonDocuments.Unwrap<Course>).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(courses);
    }

    public Task<Course?> FindAsync(string id, CancellationToken ct) =>
        Task.FromResult(Courses.FindById(id) is { } doc ? JsonDocuments.Unwrap<Course>(doc) : null);

    public Task SaveAsync(Course course, CancellationToken ct)
    {
        Courses.Upsert(JsonDocuments.Wrap(course.Id, Global, course));
        Interlocked.Increment(ref _revision);
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string id, CancellationToken ct)
    {
        var removed = Courses.Delete(id);
        Interlocked.Increment(ref _revision);
        return Task.FromResult(removed);
    }
}
