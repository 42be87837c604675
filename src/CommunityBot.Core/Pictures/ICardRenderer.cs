using CommunityBot.Core.Commands;
using CommunityBot.Core.Leaderboards;

namespace CommunityBot.Core.Pictures;

/// <summary>
/// Draws replies as pictures (the executable plugs in a SkiaSharp renderer). A renderer that cannot draw, for
/// example with no fonts installed, returns null and the reply goes out as text alone, which it always holds anyway.
/// </summary>
public interface ICardRenderer
{
    ReplyFile? ProfileCard(ProfileCard card);

    /// <summary>A leaderboard page (and the asking member's neighbourhood) as a card; <paramref name="title"/> names the period.</summary>
    ReplyFile? LeaderboardCard(LeaderboardPage page, LeaderboardPeriod period, string title, string? me);

    ReplyFile? StatsCharts(StatsCharts charts);
}

/// <summary>No pictures: the default of the core without a host.</summary>
public sealed class NoCards : ICardRenderer
{
    public ReplyFile? ProfileCard(ProfileCard card) => null;

    public ReplyFile? LeaderboardCard(LeaderboardPage page, LeaderboardPeriod period, string title, string? me) => null;

    public ReplyFile? StatsCharts(StatsCharts charts) => null;
}
