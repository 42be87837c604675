namespace CommunityBot.Core.Pictures;

/// <summary>
/// What /stats draws: the activity trend, daily messages and active members, the engagement distribution, content
/// value against engagement, weekly retention cohorts and the recommendation funnel.
/// </summary>
public sealed record StatsCharts(
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<MemberPoint> Members,
    IReadOnlyList<FunnelStage> Funnel,
    IReadOnlyList<Analytics.DayActivity> Days,
    IReadOnlyList<Analytics.Cohort> Retention);

public sealed record TrendPoint(DateTimeOffset At, double Activity);

/// <summary>One member: content value C and engagement U.</summary>
public sealed record MemberPoint(double Content, double Engagement);

public sealed record FunnelStage(string Name, int Count);
