using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Analytics;

/// <summary>Everything /stats and the moderator dashboard show about a community, computed once.</summary>
public sealed record StatsReport(
    CommunitySnapshot Latest,
    IReadOnlyList<CommunitySnapshot> History,
    PersonaReport Personas,
    AnalyticsReport Analytics,
    IReadOnlyList<OpinionLeader> Leaders,
    IReadOnlyList<CourseStats> Exposure,
    SalesReport Sales,
    ReplyFile? Charts);

/// <summary>Builds a community's <see cref="StatsReport"/> from its snapshots, scores, recent events and recommendations.</summary>
public sealed class StatsReports(IScoreStore scores, LatestScores latestScores, ActivitySnapshotter snapshotter, RecommendationService recommendations, SalesFunnel funnel,
    IActivityStore events, Recommendations.Profiles.IRecommendationStore profiles, Pictures.ICardRenderer cards, ScoreFreshness freshness)
{
    public async Task<StatsReport> BuildAsync(string community, DateTimeOffset now, CancellationToken ct)
    {
        await freshness.EnsureAsync(community, ct); // members, personas and charts count what was just stored
        var history = await scores.SnapshotsAsync(community, 60, ct);
        var latest = history.Count > 0 ? history[^1] : await snapshotter.SnapshotAsync(community, ct);
        var members = await latestScores.ListAsync(community, ct);
        var interests = (await profiles.ProfilesAsync(community, null, ct)).ToDictionary(p => p.User,
            p => (IReadOnlyDictionary<string, double>)p.Interests.ToDictionary(i => i.Key, i => i.Value.Sum, StringComparer.Ordinal), StringComparer.Ordinal);
        var personas = PersonaClusters.Compute(members, interests, now);
        // One read for the analytics (eight weeks), the opinion leaders (30 days) and the sales funnel (90 days).
        var recent = await events.ReadRecentAsync(community, now.AddDays(-Math.Max(SalesFunnel.Days, 7 * (CommunityAnalytics.Weeks + 1))), ct);
        var analytics = CommunityAnalytics.Compute(recent, members, now);
        var leaders = OpinionLeaders.Find([.. recent.Where(e => e.At > now.AddDays(-30))], interests);
        var exposure = (await recommendations.ExposureAsync(community, ct)).Where(c => c.Impressions + c.Clicks + c.Ups + c.Downs > 0).ToList();
        var sales = await funnel.ReportAsync(community, recent, ct);
        var charts = cards.StatsCharts(new Pictures.StatsCharts(
            [.. history.Select(h => new Pictures.TrendPoint(h.At, h.Activity))],
            [.. members.Select(m => new Pictures.MemberPoint(m.Content, m.Engagement))],
            [
                new("shown", sales.BySource.Sum(s => s.Shown)), new("clicked", sales.BySource.Sum(s => s.Clicked)),
                new("bought", sales.BySource.Sum(s => s.Bought)),
            ],
            analytics.Days, analytics.Retention));
        return new StatsReport(latest, history, personas, analytics, leaders, exposure, sales, charts);
    }
}
