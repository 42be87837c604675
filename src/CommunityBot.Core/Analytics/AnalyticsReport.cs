namespace CommunityBot.Core.Analytics;

/// <summary>A community's activity over the last <see cref="Weeks"/> weeks (DESIGN §5), as /stats shows it.</summary>
public sealed record AnalyticsReport(
    int Weeks,
    IReadOnlyList<DayActivity> Days,
    int WeeklyActiveMembers,
    IReadOnlyList<WeekMembers> MemberFlow,
    IReadOnlyList<Cohort> Retention,
    IReadOnlyList<ChannelCount> TopChannels,
    int Questions,
    int Answered,
    TimeSpan? MedianFirstAnswer)
{
    public double ReplyRate => Questions == 0 ? 0 : (double)Answered / Questions;

    /// <summary>Daily active members, averaged over the last 7 days.</summary>
    public double DailyActiveMembers => Days.Count == 0 ? 0 : Days.TakeLast(7).Average(d => d.ActiveMembers);
}

/// <summary>One UTC day: messages written and distinct members who did anything.</summary>
public sealed record DayActivity(DateOnly Day, int Messages, int ActiveMembers);

/// <summary>One week (starting Monday, UTC): members first seen and members who left.</summary>
public sealed record WeekMembers(DateOnly WeekStart, int New, int Left);

/// <summary>Members first seen in one week, and the share of them active in each week since (week 0 is the join week).</summary>
public sealed record Cohort(DateOnly WeekStart, int Size, IReadOnlyList<double> Active);

public sealed record ChannelCount(string Channel, int Messages);
