using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Live;

/// <summary>
/// Who acted live just now, and where: a message or reaction that came in through a chat adapter within the last
/// minutes and that no score run has counted yet. Level-ups are announced only for them, so crossings caused by
/// /xp adjust, /recompute, a weight change or an import (which runs in another process), and old events read back
/// after downtime, are recorded silently, even for a member who chatted a minute earlier.
/// </summary>
public sealed class LiveActors(ChatPlatforms platforms, Identity.IdentityDirectory identities, TimeProvider clock) : IStoredEventsObserver
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
                    // Under the member a linked account counts as: a level-up is announced where they acted, on either platform.
                    var member = identities.For(e.Community).Of(e.Platform, e.User);
                    _recent[(e.Community, member)] = (new ChannelRef(e.Platform, e.Community, e.Channel), now);
                }
            }
        }
    }

    /// <summary>
    /// Where the member acted live since the last score run that counted them, if within <see cref="Window"/>;
    /// the score run that asks takes it, so the next run (an /xp adjust a minute later) finds nothing.
    /// </summary>
    public ChannelRef? Take(string community, string user)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            return _recent.Remove((community, user), out var seen) && now - seen.Seen < Window ? seen.Where : null;
        }
    }
}
