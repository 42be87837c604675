namespace CommunityBot.Core.Platform;

/// <summary>
/// Lets one instance of the bot take a piece of work that several may be handed or decide on at once; the first
/// claim of a key wins. Telegram re-sends a webhook update it got no answer for, and behind a load balancer the copy
/// can reach another instance: its command is claimed before it is answered. Instances starting together each find a
/// job's run missed: the catch-up is claimed before it is scheduled. Claims are kept for <see cref="Kept"/>, longer
/// than Telegram keeps re-sending (a day). On PostgreSQL the claims live in the database, so every instance sees
/// them; otherwise in this process.
/// </summary>
public interface IWorkClaims
{
    static readonly TimeSpan Kept = TimeSpan.FromDays(2);

    /// <summary>True for the first claim of <paramref name="key"/> within <see cref="Kept"/>: the caller does the work.</summary>
    Task<bool> TryClaimAsync(string key, CancellationToken ct);
}

/// <summary>The claims of one process (LiteDB: one instance owns the database file).</summary>
public sealed class LocalWorkClaims(TimeProvider clock) : IWorkClaims
{
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly Queue<(DateTimeOffset At, string Key)> _byTime = new();
    private readonly Lock _gate = new();

    public Task<bool> TryClaimAsync(string key, CancellationToken ct)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            while (_byTime.Count > 0 && _byTime.Peek().At <= now - IWorkClaims.Kept)
            {
                _claimed.Remove(_byTime.Dequeue().Key);
            }
            if (!_claimed.Add(key))
            {
                return Task.FromResult(false);
            }
            _byTime.Enqueue((now, key));
            return Task.FromResult(true);
        }
    }
}
