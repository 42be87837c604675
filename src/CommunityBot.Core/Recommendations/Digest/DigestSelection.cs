namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>
/// Chooses whom a digest addresses and with what. Most lines go to the most engaged eligible members with their
/// best pick; a fair share goes to the newest, least engaged of the rest, each with the best of their candidates
/// that has been shown less than the median course, so new courses and quieter members get seen too.
/// Members are looked at one at a time and each is reduced at once to what the choice needs: their sort keys and
/// two picks. Holding every member's full ranking held members × courses objects (about 400 MB for 5,000 members
/// and 1,000 courses), and holding every member's profile and signals tens of MB more.
/// </summary>
public static class DigestSelection
{
    public static async Task<IReadOnlyList<DigestChoice>> ChooseAsync(
        CommunityRecommendations state, IAsyncEnumerable<RecommendedMember> members, IReadOnlySet<string> optedOut, int maxMembers, double fairShare,
        CancellationToken ct)
    {
        var cooldownStart = state.Now.AddDays(-state.Settings.RecommendationCooldownDays);
        var medianImpressions = Median(Enumerable.Range(0, state.Model.Space.Count).Select(state.Model.Impressions));
        var found = new List<Candidate>();
        await foreach (var m in members.WithCancellation(ct))
        {
            if (optedOut.Contains(m.Profile.User) || m.Signals.LastUnsolicited is { } last && last >= cooldownStart)
            {
                continue;
            }
            if (Candidate.Of(m, state.Rank(m.Signals, popular: false), state, medianImpressions) is { } candidate)
            {
                found.Add(candidate);
            }
        }
        var candidates = found
            .OrderByDescending(c => c.Member.Engagement).ThenBy(c => c.Member.User, StringComparer.Ordinal)
            .ToList();
        var fairSlots = Math.Min(candidates.Count, (int)Math.Round(Math.Max(0, maxMembers) * Math.Clamp(fairShare, 0, 1), MidpointRounding.AwayFromZero));
        var engaged = candidates.Take(Math.Max(0, maxMembers - fairSlots)).ToList();
        var fair = candidates.Skip(engaged.Count)
            .OrderByDescending(c => c.Member.FirstSeen).ThenBy(c => c.Member.Engagement)
            .Take(fairSlots).ToList();
        return engaged.Select(c => new DigestChoice(c.Member, c.Best, false))
            .Concat(fair.Select(c => new DigestChoice(c.Member, c.LittleShown ?? c.Best, true)))
            .ToList();
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    /// <summary>A member with a relevant course: their best one, and their best one shown less than the median course.</summary>
    private sealed record Candidate(DigestMember Member, ScoredCourse Best, ScoredCourse? LittleShown)
    {
        public static Candidate? Of(RecommendedMember member, IReadOnlyList<ScoredCourse> ranked, CommunityRecommendations state, double medianImpressions) =>
            ranked.Count == 0
                ? null
                : new Candidate(DigestMember.Of(member), ranked[0], ranked.FirstOrDefault(c => state.Model.Impressions(c.Index) < medianImpressions));
    }
}

/// <summary>What the digest keeps of a candidate member: who they are and the keys it orders them by.</summary>
public sealed record DigestMember(string User, string DisplayName, DateTimeOffset FirstSeen, double Engagement)
{
    public static DigestMember Of(RecommendedMember m) => new(m.Profile.User, m.DisplayName, m.Profile.FirstSeen, m.Signals.Engagement);
}

/// <summary>One addressed member, the course chosen for them, and whether the line is from the fair share.</summary>
public sealed record DigestChoice(DigestMember Member, ScoredCourse Course, bool Fair);
