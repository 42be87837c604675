using System.Collections.Concurrent;

namespace CommunityBot.Core.Dashboard;

/// <summary>
/// Dashboard links and sessions, keyed by a hash of their secret (the secret itself is never stored). On PostgreSQL
/// they live in the database, so a link given by one instance opens on any other and a session survives a restart.
/// </summary>
public interface IDashboardGrants
{
    Task SaveAsync(DashboardGrant grant, CancellationToken ct);

    /// <summary>Removes and returns the grant: a link works once, even with two instances asked at the same moment.</summary>
    Task<DashboardGrant?> TakeAsync(string id, CancellationToken ct);

    Task<DashboardGrant?> GetAsync(string id, CancellationToken ct);

    /// <summary>Forgets every grant that expired before <paramref name="now"/>.</summary>
    Task SweepAsync(DateTimeOffset now, CancellationToken ct);
}

public sealed record DashboardGrant(string Id, string Community, string User, DateTimeOffset Expires);

/// <summary>The grants of one process (LiteDB: one instance; a restart signs moderators out).</summary>
public sealed class InMemoryDashboardGrants : IDashboardGrants
{
    private readonly ConcurrentDictionary<string, DashboardGrant> _grants = new(StringComparer.Ordinal);

    public Task SaveAsync(DashboardGrant grant, CancellationToken ct)
    {
        _grants[grant.Id] = grant;
        return Task.CompletedTask;
    }

    public Task<DashboardGrant?> TakeAsync(string id, CancellationToken ct) =>
        Task.FromResult(_grants.TryRemove(id, out var grant) ? grant : null);

    public Task<DashboardGrant?> GetAsync(string id, CancellationToken ct) => Task.FromResult(_grants.GetValueOrDefault(id));

    public Task SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var grant in _grants.Values.Where(g => g.Expires <= now).ToList())
        {
            _grants.TryRemove(new KeyValuePair<string, DashboardGrant>(grant.Id, grant));
        }
        return Task.CompletedTask;
    }
}
