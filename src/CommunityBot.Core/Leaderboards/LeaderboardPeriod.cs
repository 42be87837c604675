namespace CommunityBot.Core.Leaderboards;

public enum LeaderboardPeriod
{
    Week,
    Month,
    All,
    Engagement,
}
