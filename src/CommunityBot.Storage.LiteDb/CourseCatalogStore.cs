using System.Collections.Concurrent;
using CommunityBot.Core.Recommendations.Catalog;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Every community's catalog: one JSON-wrapped document per course keyed by community and course id. A community
/// without a catalog yet (no document in "catalogs") gets the starter courses on its first read.
/// </summary>
internal sealed class CourseCatalogStore(LiteDbContext db, StarterCatalog starter) : ICourseCatalog
{
    private readonly ConcurrentDictionary<string, long> _revisions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);
    private readonly Lock _starting = new();

    public long RevisionOf(string community) => _revisions.GetValueOrDefault(community);

    public Task<IReadOnlyList<Course>> ListAsync(string community, CancellationToken ct)
    {
        EnsureStarted(community);
        IReadOnlyList<Course> courses = db.Courses.Find(Query.EQ("c", community))
            .Select(JsonDocuments.Unwrap<Course>).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(courses);
    }

    public Task<Course?> FindAsync(string community, string id, CancellationToken ct)
    {
        EnsureStarted(community);
        return Task.FromResult(db.Courses.FindById(CourseCatalogDocuments.Id(community, id)) is { } doc ? JsonDocuments.Unwrap<Course>(doc) : null);
    }

    public Task SaveAsync(string community, Course course, CancellationToken ct)
    {
        EnsureStarted(community);
        db.Courses.Upsert(CourseCatalogDocuments.Wrap(community, course));
        Changed(community);
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string community, string id, CancellationToken ct)
    {
        EnsureStarted(community);
        var removed = db.Courses.Delete(CourseCatalogDocuments.Id(community, id));
        Changed(community);
        return Task.FromResult(removed);
    }

    private void Changed(string community) => _revisions.AddOrUpdate(community, 1, (_, r) => r + 1);

    private void EnsureStarted(string community)
    {
        lock (_starting)
        {
            if (_started.Contains(community) || db.Catalogs.FindById(community) is not null)
            {
                _started.Add(community); // asked of the database once per community and process
                return;
            }
            foreach (var course in starter.Courses)
            {
                db.Courses.Upsert(CourseCatalogDocuments.Wrap(community, course));
            }
            db.Catalogs.Upsert(CourseCatalogDocuments.Started(community));
            _started.Add(community);
            Changed(community);
        }
    }
}

/// <summary>How catalog documents are keyed (shared with the migration of the single shared catalog).</summary>
internal static class CourseCatalogDocuments
{
    /// <summary>A line break can be in neither a community id nor a course id, so the pair is unambiguous.</summary>
    public static string Id(string community, string course) => community + "\n" + course;

    public static BsonDocument Wrap(string community, Course course) => JsonDocuments.Wrap(Id(community, course.Id), community, course);

    public static BsonDocument Started(string community) => new() { ["_id"] = community };
}
