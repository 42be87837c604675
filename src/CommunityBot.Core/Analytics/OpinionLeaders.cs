using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Analytics;

/// <summary>A member whose messages reached many others: distinct members who replied to or reacted on them.</summary>
public sealed record OpinionLeader(string User, string Name, int Reach, int Repliers, int Reactors, IReadOnlyList<string> Topics);

/// <summary>
/// Key opinion leaders over the report's window: the members whose content reaches the most distinct other members
/// (who replied to it or reacted on it; bots and the author's own replies and reactions do not count), with their
/// top topics: the people a course creator would invite to co-host or review a course.
/// </summary>
public static class OpinionLeaders
{
    public const int Count = 5;

    public static IReadOnlyList<OpinionLeader> Find(IReadOnlyList<ActivityEvent> recent, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> interests)
    {
        var authors = new Dictionary<string, ActivityEvent>(StringComparer.Ordinal);
        foreach (var m in recent.Where(e => e.Kind == EventKind.Message && !e.IsBot && e.MessageId is not null))
        {
            authors.TryAdd(m.MessageId!, m);
        }
        var repliers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var reactors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in recent.Where(e => !e.IsBot))
        {
            var (target, into) = e.Kind switch
            {
                EventKind.Message when e.ReplyTo is not null => (e.ReplyTo, repliers),
                EventKind.ReactionAdded when e.MessageId is not null => (e.MessageId, reactors),
                _ => (null, null),
            };
            if (target is not null && into is not null && authors.TryGetValue(target, out var original) && original.User != e.User)
            {
                if (!into.TryGetValue(original.User, out var set))
                {
                    into[original.User] = set = new HashSet<string>(StringComparer.Ordinal);
                }
                set.Add(e.User);
            }
        }
        var names = authors.Values.GroupBy(m => m.User, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().UserName ?? g.Key, StringComparer.Ordinal);
        return repliers.Keys.Union(reactors.Keys, StringComparer.Ordinal)
            .Select(user =>
            {
                var replied = repliers.GetValueOrDefault(user) ?? [];
                var reacted = reactors.GetValueOrDefault(user) ?? [];
                var reach = replied.Union(reacted, StringComparer.Ordinal).Count();
                var topics = interests.TryGetValue(user, out var tags)
                    ? tags.Where(t => t.Value > 0).OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(2).Select(t => t.Key).ToList()
                    : [];
                return new OpinionLeader(user, names.GetValueOrDefault(user) ?? user, reach, replied.Count, reacted.Count, topics);
            })
            .OrderByDescending(l => l.Reach).ThenByDescending(l => l.Repliers).ThenBy(l => l.User, StringComparer.Ordinal)
            .Take(Count).ToList();
    }
}
