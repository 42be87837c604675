namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>
/// Every community's own course catalog (two creators sharing one bot never see each other's courses). A community
/// that has never had a catalog starts from the <see cref="StarterCatalog"/> the first time it is read.
/// </summary>
public interface ICourseCatalog
{
    /// <summary>
    /// Changes with every save or removal in the community's catalog through this store, so a cache of it can tell it
    /// is stale without reading it (one process opens the database file at a time, so no edit bypasses it).
    /// </summary>
    long RevisionOf(string community);

    /// <summary>Every course of the community, ordered by id.</summary>
    Task<IReadOnlyList<Course>> ListAsync(string community, CancellationToken ct);

    Task<Course?> FindAsync(string community, string id, CancellationToken ct);

    /// <summary>Inserts or replaces the community's course with the same id.</summary>
    Task SaveAsync(string community, Course course, CancellationToken ct);

    /// <summary>Returns false when the community had no course with that id.</summary>
    Task<bool> RemoveAsync(string community, string id, CancellationToken ct);
}
