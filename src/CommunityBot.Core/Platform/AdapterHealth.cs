using System.Collections.Concurrent;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;

namespace CommunityBot.Core.Platform;

/// <summary>One adapter's state for /healthz: connected or not (and why not), and when its last event was stored.</summary>
public sealed record AdapterStatus(bool Connected, string? Problem, DateTimeOffset? Since, DateTimeOffset? LastEvent);

/// <summary>
/// What the adapters report about their connection (Discord: READY/RESUMED and disconnects; Telegram: each
/// getUpdates or webhook call) plus the time of each platform's last stored event, for the health endpoint.
/// </summary>
public sealed class AdapterHealth(TimeProvider clock) : IStoredEventsObserver
{
    private readonly ConcurrentDictionary<string, AdapterStatus> _states = new(StringComparer.Ordinal);

    public void Connected(string platform) =>
        _states.AddOrUpdate(platform, _ => new(true, null, clock.GetUtcNow(), null),
            (_, s) => s.Connected ? s : s with { Connected = true, Problem = null, Since = clock.GetUtcNow() });

    public void Disconnected(string platform, string problem) =>
        _states.AddOrUpdate(platform, _ => new(false, problem, clock.GetUtcNow(), null),
            (_, s) => s with { Connected = false, Problem = problem, Since = s.Connected ? clock.GetUtcNow() : s.Since });

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        // On the ingest writer's thread: one update per platform change, and batches come from one adapter.
        var now = clock.GetUtcNow();
        string? last = null;
        foreach (var e in stored)
        {
            if (e.Platform != last)
            {
                last = e.Platform;
                _states.AddOrUpdate(last, static (_, at) => new(false, "not connected yet", null, at), static (_, s, at) => s with { LastEvent = at }, now);
            }
        }
    }

    /// <summary>The state of each platform in <paramref name="platforms"/> (an adapter that never reported is not connected).</summary>
    public IReadOnlyDictionary<string, AdapterStatus> Snapshot(IEnumerable<string> platforms) =>
        platforms.ToDictionary(p => p, p => _states.GetValueOrDefault(p) ?? new AdapterStatus(false, "not connected yet", null, null), StringComparer.Ordinal);
}
