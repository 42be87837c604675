namespace CommunityBot.Core.Engagement;

/// <summary>Rough member personas from the score parts, so moderators see who their members are.</summary>
public static class Personas
{
    public static IReadOnlyDictionary<string, int> Count(IReadOnlyCollection<MemberScore> members)
    {
        var counts = new Dictionary<string, int> { ["experts"] = 0, ["conversationalists"] = 0, ["learners"] = 0, ["lurkers"] = 0, ["inactive"] = 0 };
        foreach (var m in members)
        {
            counts[Of(m)]++;
        }
        return counts;
    }

    public static string Of(MemberScore m) => !m.Active ? "inactive"
        : m.Content >= 0.5 && m.Content >= m.Interaction ? "experts"
        : m.Interaction >= 0.5 ? "conversationalists"
        : m.Interest >= 0.3 ? "learners"
        : "lurkers";
}
