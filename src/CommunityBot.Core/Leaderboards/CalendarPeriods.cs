namespace CommunityBot.Core.Leaderboards;

/// <summary>
/// Calendar periods in a community's time zone. Points are bucketed by local calendar day, so a period is a range of
/// local dates and "this week" starts at local Monday 00:00 whatever the UTC offset does across a DST change.
/// </summary>
public static class CalendarPeriods
{
    public static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The first and last local dates of the period containing <paramref name="now"/>; null for all time.</summary>
    public static (DateOnly First, DateOnly Last)? Range(LeaderboardPeriod period, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = LocalDate(now, zone);
        switch (period)
        {
            case LeaderboardPeriod.Week:
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return (monday, monday.AddDays(6));
            case LeaderboardPeriod.Month:
                var first = new DateOnly(today.Year, today.Month, 1);
                return (first, first.AddMonths(1).AddDays(-1));
            default:
                return null;
        }
    }

    /// <summary>The period just before the one containing <paramref name="now"/> (for freezing finished periods).</summary>
    public static (DateOnly First, DateOnly Last) Previous(LeaderboardPeriod period, DateTimeOffset now, TimeZoneInfo zone)
    {
        var (first, _) = Range(period, now, zone) ?? throw new ArgumentOutOfRangeException(nameof(period), period, "Only calendar periods have a previous one");
        return period == LeaderboardPeriod.Week
            ? (first.AddDays(-7), first.AddDays(-1))
            : (first.AddMonths(-1), first.AddDays(-1));
    }

    /// <summary>The UTC instant of local midnight starting <paramref name="date"/>; skipped midnights (DST) move to the first valid minute.</summary>
    public static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static long PointsBetween(IReadOnlyDictionary<string, long> daily, DateOnly first, DateOnly last)
    {
        long sum = 0;
        foreach (var (day, points) in daily)
        {
            if (DateOnly.TryParseExact(day, "yyyy-MM-dd", out var date) && date >= first && date <= last)
            {
                sum += points;
            }
        }
        return sum;
    }
}
