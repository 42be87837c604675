using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Nudges;

/// <summary>The liveliest conversations in a stretch of a community's events that a member took no part in.</summary>
public static class LivelyThreads
{
    public static IReadOnlyList<LivelyThread> Find(
        IReadOnlyList<ActivityEvent> events, string member, IReadOnlySet<string> excludedChannels, int take = 3)
    {
        var messages = new Dictionary<(string Channel, string Id), ActivityEvent>();
        foreach (var e in events)
        {
            if (e is { Kind: EventKind.Message, IsBot: false, MessageId: { } id } && !excludedChannels.Contains(e.Channel))
            {
                messages.TryAdd((e.Channel, id), e);
            }
        }
        var deleted = events.Where(e => e is { Kind: EventKind.Delete, MessageId: not null }).Select(e => (e.Channel, e.MessageId!)).ToHashSet();
        var threads = new Dictionary<(string Channel, string Id), ThreadTally>();
        foreach (var (key, message) in messages)
        {
            if (deleted.Contains(key))
            {
                continue;
            }
            var root = RootOf(key, messages);
            var tally = threads.TryGetValue(root, out var found) ? found : threads[root] = new ThreadTally();
            tally.Participants.Add(message.User);
            if (key != root)
            {
                tally.Replies++;
            }
        }
        foreach (var e in events)
        {
            if (e is { Kind: EventKind.ReactionAdded, IsBot: false, MessageId: { } id } && messages.ContainsKey((e.Channel, id))
                && threads.TryGetValue(RootOf((e.Channel, id), messages), out var tally))
            {
                tally.Reactions++;
                tally.Participants.Add(e.User);
            }
        }
        return threads
            .Where(t => !t.Value.Participants.Contains(member) && messages.ContainsKey(t.Key) && t.Value.Replies + t.Value.Reactions > 0)
            .Select(t => new LivelyThread(t.Key.Channel, t.Key.Id, messages[t.Key].Text, messages[t.Key].UserName ?? messages[t.Key].User,
                t.Value.Replies, t.Value.Reactions, t.Value.Participants.Count))
            .OrderByDescending(t => t.Liveliness)
            .ThenBy(t => t.Channel, StringComparer.Ordinal)
            .ThenBy(t => t.RootMessageId, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    /// <summary>Follows replies up while the parent is in the stretch; a reply to an older message roots its own thread.</summary>
    private static (string Channel, string Id) RootOf((string Channel, string Id) key, Dictionary<(string Channel, string Id), ActivityEvent> messages)
    {
        var seen = new HashSet<(string, string)>();
        while (messages.TryGetValue(key, out var m) && m.ReplyTo is { } parent && messages.ContainsKey((key.Channel, parent)) && seen.Add(key))
        {
            key = (key.Channel, parent);
        }
        return key;
    }

    private sealed class ThreadTally
    {
        public HashSet<string> Participants { get; } = new(StringComparer.Ordinal);
        public int Replies { get; set; }
        public int Reactions { get; set; }
    }
}
