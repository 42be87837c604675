using System.Collections.Concurrent;

namespace CommunityBot.Discord.Rest;

/// <summary>
/// What Discord's rate-limit headers said so far: per-route buckets (routes sharing an X-RateLimit-Bucket share one)
/// and a global block. A singleton, so it outlives the HTTP handler chains the client factory rotates.
/// </summary>
internal sealed class DiscordRateLimits(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private long _globalUntilTicks;

    public TimeProvider Clock => clock;

    /// <summary>How long the request must wait; zero means it may go now (and has used one of its bucket's requests).</summary>
    public TimeSpan WaitFor(RateLimitRoute route)
    {
        var now = clock.GetUtcNow();
        var global = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero) - now;
        return global > TimeSpan.Zero ? global : BucketFor(route).Reserve(now);
    }

    public void Update(RateLimitRoute route, string? bucketHash, int remaining, TimeSpan resetAfter)
    {
        if (bucketHash is not null)
        {
            _bucketOfRoute[route.Route] = bucketHash;
        }
        BucketFor(route).Update(remaining, clock.GetUtcNow() + resetAfter);
    }

    public void BlockGlobally(TimeSpan delay) =>
        Interlocked.Exchange(ref _globalUntilTicks, (clock.GetUtcNow() + delay).UtcTicks);

    private RateLimitBucket BucketFor(RateLimitRoute route)
    {
        var id = _bucketOfRoute.TryGetValue(route.Route, out var hash) ? hash : route.Route;
        return _buckets.GetOrAdd(id + "|" + route.Major, _ => new RateLimitBucket());
    }
}
