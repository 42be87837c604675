namespace CommunityBot.Core.Challenges;

/// <summary>Members ranked by the replies credited in one challenge; ties go to who replied first.</summary>
public static class ChallengeBoard
{
    public static IReadOnlyList<(int Rank, string User, string? Name, int Replies)> Rank(Challenge challenge) =>
        challenge.Replies
            .GroupBy(r => r.User, StringComparer.Ordinal)
            .Select(g => (User: g.Key, Name: g.Last().Name, Replies: g.Count(), First: g.Min(r => r.At)))
            .OrderByDescending(x => x.Replies).ThenBy(x => x.First).ThenBy(x => x.User, StringComparer.Ordinal)
            .Select((x, i) => (i + 1, x.User, x.Name, x.Replies))
            .ToList();
}
