using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>The "type" values of the JSONL format and the event kinds they become.</summary>
public static class EventTypes
{
    private static readonly Dictionary<string, EventKind> _kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["message"] = EventKind.Message,
        ["edit"] = EventKind.Edit,
        ["delete"] = EventKind.Delete,
        ["reaction"] = EventKind.ReactionAdded,
        ["join"] = EventKind.Join,
        ["leave"] = EventKind.Leave,
        ["command"] = EventKind.CommandUsed,
        ["recommendation_shown"] = EventKind.RecommendationShown,
        ["course_click"] = EventKind.RecommendationClicked,
        ["recommendation_feedback"] = EventKind.RecommendationFeedback,
        ["course_enroll"] = EventKind.CourseEnrolled,
        ["xp_adjust"] = EventKind.XpAdjusted,
    };

    public static IEnumerable<string> Names => _kinds.Keys;

    /// <summary>Maps a type; a reaction with "removed": true is a removal.</summary>
    public static bool TryGetKind(string type, bool removed, out EventKind kind)
    {
        if (!_kinds.TryGetValue(type, out kind))
        {
            return false;
        }
        if (kind == EventKind.ReactionAdded && removed)
        {
            kind = EventKind.ReactionRemoved;
        }
        return true;
    }

    public static string NameOf(EventKind kind) => kind == EventKind.ReactionRemoved
        ? "reaction"
        : _kinds.First(k => k.Value == kind).Key;
}
