using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Challenges;

/// <summary>
/// Collects live messages (a reply to the prompt may come as a reply, a reply to a reply, or in the prompt's Discord thread) from the ingest writer and credits them in the live
/// loop's next pass. Imports are not live and never earn challenge points.
/// </summary>
public sealed class ChallengeReplies(ChallengeService challenges, ChatPlatforms platforms, LiveSignal signal, TimeProvider clock) : IStoredEventsObserver
{
    private readonly Lock _gate = new();
    private readonly List<ActivityEvent> _replies = [];

    public void OnStored(IReadOnlyList<ActivityEvent> stored)
    {
        var now = clock.GetUtcNow();
        var replies = stored.Where(e => e is { Kind: EventKind.Message, IsBot: false }
            && now - e.At < LiveActors.Window && platforms.Supports(e.Platform)).ToList();
        if (replies.Count == 0)
        {
            return;
        }
        lock (_gate)
        {
            _replies.AddRange(replies);
        }
        signal.Pulse();
    }

    public async Task<int> ProcessAsync(CancellationToken ct)
    {
        List<ActivityEvent> replies;
        lock (_gate)
        {
            replies = [.. _replies];
            _replies.Clear();
        }
        var credited = 0;
        foreach (var community in replies.GroupBy(r => r.Community, StringComparer.Ordinal))
        {
            credited += await challenges.CreditAsync(community.Key, community.ToList(), ct);
        }
        return credited;
    }
}
