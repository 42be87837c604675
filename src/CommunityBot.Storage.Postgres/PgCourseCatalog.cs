using System.Collections.Concurrent;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Every community's catalog, one document per course. A community without a catalog yet gets the starter courses
/// on its first read. The revision counts this process's changes: another instance's edit is seen after a restart.
/// </summary>
internal sealed class PgCourseCatalog(Documents docs, StarterCatalog starter) : ICourseCatalog, IDisposable
{
    private readonly ConcurrentDictionary<string, long> _revisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _starting = new(1, 1);

    public long RevisionOf(string community) => _revisions.GetValueOrDefault(community);

    public async Task<IReadOnlyList<Course>> ListAsync(string community, CancellationToken ct)
    {
        await EnsureStartedAsync(community, ct);
        return [.. (await docs.ListAsync<Course>(DocKinds.Course, community, ct)).Select(d => d.Body).OrderBy(c => c.Id, StringComparer.Ordinal)];
    }

    public async Task<Course?> FindAsync(string community, string id, CancellationToken ct)
    {
        await EnsureStartedAsync(community, ct);
        return await docs.GetAsync<Course>(DocKinds.Course, community, id, ct);
    }

    public async Task SaveAsync(string community, Course course, CancellationToken ct)
    {
        await EnsureStartedAsync(community, ct);
        await docs.UpsertAsync(DocKinds.Course, community, course.Id, course, ct);
        Changed(community);
    }

    public async Task<bool> RemoveAsync(string community, string id, CancellationToken ct)
    {
        await EnsureStartedAsync(community, ct);
        var removed = await docs.DeleteAsync(DocKinds.Course, community, id, ct) > 0;
        Changed(community);
        return removed;
    }

    public void Dispose() => _starting.Dispose();

    private void Changed(string community) => _revisions.AddOrUpdate(community, 1, (_, r) => r + 1);

    private async Task EnsureStartedAsync(string community, CancellationToken ct)
    {
        if (_started.ContainsKey(community))
        {
            return;
        }
        await _starting.WaitAsync(ct);
        try
        {
            // The marker is inserted first and only once across instances: the one that inserts it seeds the starter.
            if (!_started.ContainsKey(community) && await docs.InsertIfAbsentAsync(DocKinds.CatalogStarted, community, community, true, ct))
            {
                await docs.UpsertManyAsync(DocKinds.Course, community, [.. starter.Courses.Select(c => (c.Id, c))], ct);
                Changed(community);
            }
            _started[community] = true;
        }
        finally
        {
            _starting.Release();
        }
    }
}
