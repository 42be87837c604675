namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>
/// Chooses whom a digest addresses and with what. Most lines go to the most engaged eligible members with their
/// best pick; a fair share goes to the newest, least engaged of the rest, each with the best of their candidates
/// that has been shown less than the median course, so new courses and quieter members get seen too.
/// Each member's ranking is reduced to those two picks at once: keeping every member's full ranking until the
/// choice is made held members × courses objects (about 400 MB for 5,000 members and 1,000 courses).
/// </summary>
public static class DigestSelection
{
    public static IReadOnlyList<(RecommendedMember Member, ScoredCourse Course, bool Fair)> Choose(
        CommunityRecommendations state, IReadOnlyList<RecommendedMember> members, IReadOnlySet<string> optedOut, int maxMembers, double fairShare)
    {
        var cooldownStart = state.Now.AddDays(-state.Settings.RecommendationCooldownDays);
        var medianImpressions = Median(Enumerable.Range(0, state.Model.Space.Count).Select(state.Model.Impressions));
        var candidates = members
            .Where(m => !optedOut.Contains(m.Profile.User))
            .Where(m => m.Signals.LastUnsolicited is not { } last || last < cooldownStart)
            .Select(m => Candidate.Of(m, state.Rank(m.Signals, popular: false), state, medianImpressions))
            .OfType<Candidate>()
            .OrderByDescending(c => c.Member.Signals.Engagement).ThenBy(c => c.Member.Profile.User, StringComparer.Ordinal)
            .ToList();
        var fairSlots = Math.Min(candidates.Count, (int)Math.Round(Math.Max(0, maxMembers) * Math.Clamp(fairShare, 0, 1), MidpointRounding.AwayFromZero));
        var engaged = candidates.Take(Math.Max(0, maxMembers - fairSlots)).ToList();
        var fair = candidates.Skip(engaged.Count)
            .OrderByDescending(c => c.Member.Profile.FirstSeen).ThenBy(c => c.Member.Signals.Engagement)
            .Take(fairSlots).ToList();
        return engaged.Select(c => (c.Member, c.Best, false))
            .Concat(fair.Select(c => (c.Member, c.LittleShown ?? c.Best, true)))
            .ToList();
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    /// <summary>A member with a relevant course: their best one, and their best one shown less than the median course.</summary>
    private sealed record Candidate(RecommendedMember Member, ScoredCourse Best, ScoredCourse? LittleShown)
    {
        public static Candidate? Of(RecommendedMember member, IReadOnlyList<ScoredCourse> ranked, CommunityRecommendations state, double medianImpressions) =>
            ranked.Count == 0
                ? null
                : new Candidate(member, ranked[0], ranked.FirstOrDefault(c => state.Model.Impressions(c.Index) < medianImpressions));
    }
}
