namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>The course catalog store (seeded from config/courses.json, edited by admins with /course).</summary>
public interface ICourseCatalog
{
    /// <summary>
    /// Changes with every save or removal through this store, so a cache of the catalog can tell it is stale without
    /// reading it (one process opens the database file at a time, so no edit bypasses it).
    /// </summary>
    long Revision { get; }

    /// <summary>Every course, ordered by id.</summary>
    Task<IReadOnlyList<Course>> ListAsync(CancellationToken ct);

    Task<Course?> FindAsync(string id, CancellationToken ct);

    /// <summary>Inserts or replaces the course with the same id.</summary>
    Task SaveAsync(Course course, CancellationToken ct);

    /// <summary>Returns false when no course had that id.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken ct);
}
