using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Live;

/// <summary>
/// Who acted live just now, and where: a message or reaction that came in through a chat adapter within the last
/// minutes. Level-ups are announced only for them, so crossings caused by /xp adjust, /recompute or an import (which
/// runs in another process) and old events read back after downtime are recorded silently.
/// </summary>
public sealed class LiveActors(ChatPlatforms platforms, TimeProvider clock) : IStoredEventsObserver
{
    /// <summary>How old an event may be and still count as live (a Telegram re-delivery after a short outage).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Dictionary<(string Community, string User), (ChannelRef Where, DateTimeOffset Seen)> _recent = [];

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var e in stored)
            {
                if (e.Kind is EventKind.Message or EventKind.ReactionAdded && !e.IsBot && now - e.At < Window && platforms.Supports(e.Platform))
                {
                    _recent[(e.Community, e.User)] = (new ChannelRef(e.Platform, e.Community, e.Channel), now);
                }
            }
        }
    }

    /// <summary>Where the member last acted live, if within <see cref="Window"/>.</summary>
    public ChannelRef? Where(string community, string user)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (!_recent.TryGetValue((community, user), out var seen))
            {
                return null;
            }
            if (now - seen.Seen < Window)
            {
                return seen.Where;
            }
            _recent.Remove((community, user));
            return null;
        }
    }
}
