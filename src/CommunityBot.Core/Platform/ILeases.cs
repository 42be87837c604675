namespace CommunityBot.Core.Platform;

/// <summary>
/// Work only one instance may do at a time, such as receiving Telegram updates by long polling (Telegram answers a
/// second getUpdates with 409). On PostgreSQL a lease is an advisory lock held by one connection, so it passes to
/// another instance as soon as its holder stops or dies; otherwise the one process holds it.
/// </summary>
public interface ILeases
{
    /// <summary>The lease when no one else holds it; null when another instance does.</summary>
    Task<ILease?> TryAcquireAsync(string name, CancellationToken ct);
}

public interface ILease : IAsyncDisposable
{
    /// <summary>False once the lease is lost (its database connection broke): stop the work and acquire again.</summary>
    Task<bool> IsHeldAsync(CancellationToken ct);
}

/// <summary>The leases of one process (LiteDB: one instance owns the database file).</summary>
public sealed class LocalLeases : ILeases
{
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<ILease?> TryAcquireAsync(string name, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<ILease?>(_held.Add(name) ? new Held(this, name) : null);
        }
    }

    private sealed class Held(LocalLeases owner, string name) : ILease
    {
        public Task<bool> IsHeldAsync(CancellationToken ct) => Task.FromResult(true);

        public ValueTask DisposeAsync()
        {
            lock (owner._gate)
            {
                owner._held.Remove(name);
            }
            return ValueTask.CompletedTask;
        }
    }
}
