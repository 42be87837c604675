using System.Collections.Concurrent;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Every community's catalog, one document per course. A community without a catalog yet gets the starter courses
/// on its first read. The revision is a counter in the database, moved by every change on any instance; it is read
/// again at most every <see cref="RevisionCheck"/>, so another instance's edit reaches this one's views within that.
/// </summary>
internal sealed class PgCourseCatalog(Documents docs, StarterCatalog starter, TimeProvider clock) : ICourseCatalog, IDisposable
{
    public static readonly TimeSpan RevisionCheck = TimeSpan.FromSeconds(2);
    private const string RevisionKind = "catalogrevision";
    private readonly ConcurrentDictionary<string, (long Revision, DateTimeOffset Read)> _revisions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _starting = new(1, 1);

    /// <summary>Synchronous by the port's contract; the read is one indexed row, at most every two seconds per community.</summary>
    public long RevisionOf(string community)
    {
        var now = clock.GetUtcNow();
        if (_revisions.TryGetValue(community, out var known) && now - known.Read < RevisionCheck)
        {
            return known.Revision;
        }
        using var command = docs.DataSource.CreateCommand("SELECT body::text FROM docs WHERE kind = $1 AND community = $2 AND id = ''");
        Documents.Add(command, RevisionKind, community);
        var revision = command.ExecuteScalar() is string body ? long.Parse(body, System.Globalization.CultureInfo.InvariantCulture) : 0;
        _revisions[community] = (revision, now);
        return revision;
    }

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
        await ChangedAsync(community, ct);
    }

    public async Task<bool> RemoveAsync(string community, string id, CancellationToken ct)
    {
        await EnsureStartedAsync(community, ct);
        var removed = await docs.DeleteAsync(DocKinds.Course, community, id, ct) > 0;
        await ChangedAsync(community, ct);
        return removed;
    }

    public void Dispose() => _starting.Dispose();

    private async Task ChangedAsync(string community, CancellationToken ct)
    {
        await using var command = docs.DataSource.CreateCommand("""
            INSERT INTO docs (kind, community, id, body) VALUES ($1, $2, '', '1'::jsonb)
            ON CONFLICT (kind, community, id) DO UPDATE SET body = to_jsonb(docs.body::text::bigint + 1)
            RETURNING body::text
            """);
        Documents.Add(command, RevisionKind, community);
        var revision = long.Parse((string)(await command.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture);
        _revisions[community] = (revision, clock.GetUtcNow());
    }

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
                await ChangedAsync(community, ct);
            }
            _started[community] = true;
        }
        finally
        {
            _starting.Release();
        }
    }
}
