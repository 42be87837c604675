namespace CommunityBot.Core.Platform;

/// <summary>
/// Turns in a rate limit shared by every instance of the bot, such as Discord's "one IDENTIFY per bucket every
/// 5 seconds": each caller reserves the next free slot of a named bucket and waits until it comes. On PostgreSQL the
/// slots live in the database, so instances on several machines take turns; otherwise they live in this process.
/// </summary>
public interface IRateSlots
{
    /// <summary>Reserves the next slot of <paramref name="bucket"/>, <paramref name="spacing"/> after the one before; returns how long to wait for it.</summary>
    Task<TimeSpan> ReserveAsync(string bucket, TimeSpan spacing, CancellationToken ct);
}

/// <summary>The slots of one process (LiteDB: one instance owns the database file).</summary>
public sealed class LocalRateSlots(TimeProvider clock) : IRateSlots
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<TimeSpan> ReserveAsync(string bucket, TimeSpan spacing, CancellationToken ct)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var slot = _next.TryGetValue(bucket, out var next) && next > now ? next : now;
            _next[bucket] = slot + spacing;
            return Task.FromResult(slot - now);
        }
    }
}
