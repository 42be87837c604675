using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;

namespace CommunityBot.Core.Tests.Leaderboards;

public sealed class CalendarPeriodsTests
{
    private static readonly TimeZoneInfo _newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo _berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Week_AfterAutumnDstChange_StartsAtLocalMondayMidnight()
    {
        // US DST ended Sunday 2026-11-01; Monday 2026-11-02 00:00 EST is 05:00 UTC (it would be 04:00 in summer).
        var now = new DateTimeOffset(2026, 11, 4, 12, 0, 0, TimeSpan.Zero);
        var (first, last) = CalendarPeriods.Range(LeaderboardPeriod.Week, now, _newYork)!.Value;
        Assert.Equal(new DateOnly(2026, 11, 2), first);
        Assert.Equal(new DateOnly(2026, 11, 8), last);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 5, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf(first, _newYork));
    }

    [Fact]
    public void LocalDate_SundayEveningInNewYork_BelongsToPreviousWeekThoughUtcSaysMonday()
    {
        var sundayNight = new DateTimeOffset(2026, 11, 2, 4, 30, 0, TimeSpan.Zero); // 23:30 EST on Sunday 1 Nov
        Assert.Equal(new DateOnly(2026, 11, 1), CalendarPeriods.LocalDate(sundayNight, _newYork));
        var points = new Dictionary<string, long> { ["2026-11-01"] = 20, ["2026-11-02"] = 15 };
        Assert.Equal(15, CalendarPeriods.PointsBetween(points, new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)));
    }

    [Fact]
    public void Week_AcrossSpringDstChange_StartsAtLocalMidnightWithSummerOffset()
    {
        // Europe moved to summer time on Sunday 2026-03-29; Monday 30 March 00:00 CEST is 22:00 UTC on the 29th.
        var now = new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);
        var (first, _) = CalendarPeriods.Range(LeaderboardPeriod.Week, now, _berlin)!.Value;
        Assert.Equal(new DateOnly(2026, 3, 30), first);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), CalendarPeriods.StartOf(first, _berlin));
        Assert.Equal((new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)), CalendarPeriods.Previous(LeaderboardPeriod.Week, now, _berlin));
    }

    [Fact]
    public void Month_IsLocalCalendarMonth()
    {
        var now = new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero); // already 1 March in Berlin
        var (first, last) = CalendarPeriods.Range(LeaderboardPeriod.Month, now, _berlin)!.Value;
        Assert.Equal(new DateOnly(2026, 3, 1), first);
        Assert.Equal(new DateOnly(2026, 3, 31), last);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(99, 0)]
    [InlineData(100, 1)]
    [InlineData(255, 2)]
    public void LevelOf_FollowsPointsForCurve(long points, int level)
    {
        Assert.Equal(level, LevelCurve.LevelOf(points));
        Assert.Equal(155, LevelCurve.PointsFor(1));
        Assert.Equal(255, LevelCurve.TotalFor(2));
    }
}
