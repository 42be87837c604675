using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CommunityBot.Core.Commands;

public enum RateDecision
{
    Allowed,
    /// <summary>The first call over the limit: answered once with a polite "slow down".</summary>
    SlowDown,
    /// <summary>Later calls in the quiet period: not answered at all.</summary>
    Ignored,
}

/// <summary>
/// A sliding window of recent calls per member and community, in memory: one member's flood costs only them,
/// and a restart forgives everyone. Members' entries go once they are idle for a window.
/// </summary>
public sealed class CommandRateLimiter(IOptions<CommandRateLimitOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Community, string User), Caller> _callers = new();
    private long _calls;

    public TimeSpan Quiet => TimeSpan.FromSeconds(options.Value.QuietSeconds);

    public RateDecision Check(string community, string user)
    {
        var limits = options.Value;
        if (limits.Calls <= 0)
        {
            return RateDecision.Allowed;
        }
        var now = clock.GetUtcNow();
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        if (Interlocked.Increment(ref _calls) % 1024 == 0)
        {
            Forget(now - window - TimeSpan.FromSeconds(limits.QuietSeconds));
        }
        var caller = _callers.GetOrAdd((community, user), _ => new Caller());
        lock (caller)
        {
            if (caller.QuietUntil > now)
            {
                return RateDecision.Ignored;
            }
            while (caller.Recent.Count > 0 && caller.Recent.Peek() <= now - window)
            {
                caller.Recent.Dequeue();
            }
            if (caller.Recent.Count >= limits.Calls)
            {
                caller.QuietUntil = now + TimeSpan.FromSeconds(limits.QuietSeconds);
                caller.Recent.Clear();
                return RateDecision.SlowDown;
            }
            caller.Recent.Enqueue(now);
            caller.LastSeen = now;
            return RateDecision.Allowed;
        }
    }

    private void Forget(DateTimeOffset idleSince)
    {
        foreach (var (key, caller) in _callers)
        {
            if (caller.LastSeen < idleSince && caller.QuietUntil < idleSince)
            {
                _callers.TryRemove(key, out _);
            }
        }
    }

    private sealed class Caller
    {
        public Queue<DateTimeOffset> Recent { get; } = new();
        public DateTimeOffset QuietUntil { get; set; }
        public DateTimeOffset LastSeen { get; set; }
    }
}
