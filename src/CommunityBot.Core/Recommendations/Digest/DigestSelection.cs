namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>
/// Chooses whom a digest addresses and with what. Most lines go to the most engaged eligible members with their
/// best pick; a fair share goes to the newest, least engaged of the rest, each with the best of their candidates
/// that has been shown less than the median course, so new courses and quieter members get seen too.
/// </summary>
public static class DigestSelection
{
    public static IReadOnlyList<(RecommendedMember Member, ScoredCourse Course, bool Fair)> Choose(
        CommunityRecommendations state, IReadOnlyList<RecommendedMember> members, IReadOnlySet<string> optedOut, int maxMembers, double fairShare)
    {
        var cooldownStart = state.Now.AddDays(-state.Settings.RecommendationCooldownDays);
        var candidates = members
            .Where(m => !optedOut.Contains(m.Profile.User))
            .Where(m => m.Signals.LastUnsolicited is not { } last || last < cooldownStart)
            .Select(m => (Member: m, Ranked: state.Rank(m.Signals, popular: false)))
            .Where(x => x.Ranked.Count > 0)
            .OrderByDescending(x => x.Member.Signals.Engagement).ThenBy(x => x.Member.Profile.User, StringComparer.Ordinal)
            .ToList();
        var fairSlots = Math.Min(candidates.Count, (int)Math.Round(Math.Max(0, maxMembers) * Math.Clamp(fairShare, 0, 1), MidpointRounding.AwayFromZero));
        var engaged = candidates.Take(Math.Max(0, maxMembers - fairSlots)).ToList();
        var fair = candidates.Skip(engaged.Count)
            .OrderByDescending(x => x.Member.Profile.FirstSeen).ThenBy(x => x.Member.Signals.Engagement)
            .Take(fairSlots).ToList();
        var medianImpressions = Median(Enumerable.Range(0, state.Model.Space.Count).Select(state.Model.Impressions));
        return engaged.Select(x => (x.Member, x.Ranked[0], false))
            .Concat(fair.Select(x => (x.Member, x.Ranked.FirstOrDefault(c => state.Model.Impressions(c.Index) < medianImpressions) ?? x.Ranked[0], true)))
            .ToList();
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }
}
