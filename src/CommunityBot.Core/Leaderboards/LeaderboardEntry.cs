namespace CommunityBot.Core.Leaderboards;

/// <summary>One row of a leaderboard; <see cref="Score"/> is points for calendar periods and U for the engagement board.</summary>
public sealed record LeaderboardEntry(int Rank, string User, string Name, double Score, long Points, int Level, double Engagement, string? Title = null);

public sealed record LeaderboardPage(
    string Period,
    int Page,
    int Pages,
    int Total,
    string? From,
    string? To,
    IReadOnlyList<LeaderboardEntry> Entries,
    IReadOnlyList<LeaderboardEntry> AroundMe);
