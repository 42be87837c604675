using System.Globalization;
using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Purchases;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Engagement;

/// <summary>/stats: the community activity score, its parts, its trend, who the members are (personas) and what sold.</summary>
public sealed class StatsCommand(IScoreStore scores, ActivitySnapshotter snapshotter, RecommendationService recommendations, SalesFunnel funnel,
    Pictures.ICardRenderer cards) : IBotCommand
{
    public CommandSpec Spec { get; } = new("stats", "Community activity, trend and member personas", MemberRole.Moderator, []);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var history = await scores.SnapshotsAsync(call.Community, 60, ct);
        var latest = history.Count > 0 ? history[^1] : await snapshotter.SnapshotAsync(call.Community, ct);
        var members = await scores.ListAsync(call.Community, ct);
        var personas = Personas.Count(members);
        var text = new StringBuilder();
        text.Append(F($"Community activity I = {latest.Activity:0.000} (mean engagement {latest.MeanEngagement:0.000}, "));
        text.Append(F($"recommendation value {latest.MeanRecommendationValue:0.000}, maturity {latest.TimeFactor:0.000})\n"));
        text.Append(F($"Members {latest.Members}, active in the last 30 days {latest.ActiveMembers}, events in the window {latest.EventsInWindow}\n"));
        text.Append("Trend: ").Append(Sparkline(history.TakeLast(12).Select(h => h.Activity).ToList())).Append('\n');
        text.Append("Personas: ").Append(string.Join(", ", personas.Select(p => F($"{p.Key} {p.Value}"))));
        var exposure = (await recommendations.ExposureAsync(call.Community, ct)).Where(c => c.Impressions + c.Clicks + c.Ups + c.Downs > 0).ToList();
        text.Append("\nCourse exposure: ").Append(exposure.Count == 0 ? "no recommendations shown yet" : string.Join("; ", exposure
            .OrderByDescending(c => c.Impressions).ThenBy(c => c.Course, StringComparer.Ordinal)
            .Select(c => F($"{c.Course} {c.Impressions} shown, CTR {c.ClickThroughRate * 100:0}%, 👍 {c.Ups} 👎 {c.Downs}"))));
        var sales = await funnel.ReportAsync(call.Community, ct);
        AppendSales(text, sales);
        var data = new
        {
            activity = latest.Activity, meanEngagement = latest.MeanEngagement, meanRecommendationValue = latest.MeanRecommendationValue,
            timeFactor = latest.TimeFactor, members = latest.Members, activeMembers = latest.ActiveMembers,
            eventsInWindow = latest.EventsInWindow,
            trend = history.TakeLast(12).Select(h => new { at = h.At, activity = h.Activity }).ToList(),
            personas,
            courses = exposure,
            sales,
        };
        var charts = cards.StatsCharts(new Pictures.StatsCharts(
            [.. history.Select(h => new Pictures.TrendPoint(h.At, h.Activity))],
            [.. members.Select(m => new Pictures.MemberPoint(m.Content, m.Engagement))],
            [
                new("shown", sales.BySource.Sum(s => s.Shown)), new("clicked", sales.BySource.Sum(s => s.Clicked)),
                new("bought", sales.BySource.Sum(s => s.Bought)),
            ]));
        return new Reply(text.ToString()) { Title = "Community stats", Data = data, Files = charts is null ? [] : [charts] };
    }

    private static void AppendSales(StringBuilder text, SalesReport sales)
    {
        text.Append(F($"\nSales (last {sales.Days} days): "));
        if (sales.Sales == 0 && sales.BySource.Count == 0)
        {
            text.Append("none yet (the shop reports them to the purchases webhook: /config webhook_secret rotate)");
            return;
        }
        text.Append(F($"{sales.Sales} sales, revenue {Money(sales.Revenue)}; without a recommendation {sales.Unattributed} ({Money(sales.UnattributedRevenue)})"));
        text.Append("\nBy source: ").Append(string.Join("; ", sales.BySource.Select(Funnel)));
        text.Append("\nBy course: ").Append(string.Join("; ", sales.ByCourse.Take(5).Select(Funnel)));
    }

    private static string Funnel(FunnelRow r) =>
        F($"{r.Name} {r.Shown} shown → {r.Clicked} clicked → {r.Bought} bought ({r.Conversion * 100:0}% of clicks), {Money(r.Revenue)}")
        + (r.Shown > 0 && r.Revenue.Count > 0 ? ", " + Money(r.RevenuePerThousandShown) + " per 1,000 shown" : "");

    private static string Money(IReadOnlyDictionary<string, decimal> amounts) =>
        amounts.Count == 0 ? "no revenue" : string.Join(" + ", amounts.Select(a => F($"{a.Key} {a.Value:0.00}")));

    private static string Sparkline(List<double> values)
    {
        const string bars = "▁▂▃▄▅▆▇█";
        return values.Count == 0 ? "(no snapshots yet)" : string.Concat(values.Select(v => bars[Math.Clamp((int)(v * (bars.Length - 1) + 0.5), 0, bars.Length - 1)]))
            + F($" (last {values.Count} runs)");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
