using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// The topical messages an update knows of: what interest each gave its author and each reactor, so that a deletion
/// withdraws exactly that (weights are recomputed against each profile's current reference); and the deleted ids, whose messages and reactions never count.
/// </summary>
internal sealed class TopicalMessages
{
    private readonly Dictionary<string, Entry> _messages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);

    public bool IsDeleted(string id) => _deleted.Contains(id);

    /// <summary>The message's entry when it is topical and not deleted.</summary>
    public Entry? Find(string id) => _deleted.Contains(id) ? null : _messages.GetValueOrDefault(id);

    public Entry Add(string id, string author, DateTimeOffset at, double typeWeight, IReadOnlyList<TagHit> hits) =>
        _messages[id] = new Entry(author, at, typeWeight, hits);

    /// <summary>Marks the message deleted; returns its entry when it had counted until now.</summary>
    public Entry? Delete(string id)
    {
        var entry = Find(id);
        _deleted.Add(id);
        return entry;
    }

    /// <summary>A topical message: its author, time, type weight and tag hits, and the reactions that counted its topics.</summary>
    public sealed record Entry(string Author, DateTimeOffset At, double TypeWeight, IReadOnlyList<TagHit> Hits)
    {
        public List<(string User, DateTimeOffset At)> Reactions { get; } = [];
    }
}
