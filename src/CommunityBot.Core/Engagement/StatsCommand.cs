using System.Globalization;
using System.Text;
using CommunityBot.Core.Analytics;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Purchases;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// /stats: the community activity score, its parts and trend, activity and retention over eight weeks, how questions
/// get answered, who the members are (personas), what the recommendations did and what sold; with charts.
/// </summary>
public sealed class StatsCommand(StatsReports reports) : IBotCommand
{
    public CommandSpec Spec { get; } = new("stats", "Community activity, trend and member personas", MemberRole.Moderator, []);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var report = await reports.BuildAsync(call.Community, call.Now, ct);
        var (latest, history, personas) = (report.Latest, report.History, report.Personas);
        var (leaders, exposure, sales) = (report.Leaders, report.Exposure, report.Sales);
        var text = new StringBuilder();
        text.Append(F($"Community activity I = {latest.Activity:0.000} (mean engagement {latest.MeanEngagement:0.000}, "));
        text.Append(F($"recommendation value {latest.MeanRecommendationValue:0.000}, maturity {latest.TimeFactor:0.000})\n"));
        text.Append(F($"Members {latest.Members}, active in the last 30 days {latest.ActiveMembers}, events in the window {latest.EventsInWindow}\n"));
        text.Append("Trend: ").Append(Sparkline(history.TakeLast(12).Select(h => h.Activity).ToList())).Append('\n');
        AppendAnalytics(text, report.Analytics);
        text.Append(F($"Personas (k-means on C, I, R, newness and topics; silhouette {personas.Silhouette:0.00}): "))
            .Append(personas.Personas.Count == 0 ? "no active members" : string.Join("; ", personas.Personas.Select(p =>
                F($"{p.Name} {p.Size} (C {p.Content:0.00}, I {p.Interest:0.00}, R {p.Interaction:0.00}") + (p.Interests.Count == 0 ? ")" : "; " + string.Join(", ", p.Interests) + ")"))));
        text.Append("\nKey opinion leaders (distinct members who replied or reacted, 30 days): ").Append(leaders.Count == 0 ? "none yet"
            : string.Join("; ", leaders.Select(l => F($"{l.Name} reached {l.Reach} ({l.Repliers} replied, {l.Reactors} reacted)")
                + (l.Topics.Count == 0 ? "" : " on " + string.Join(", ", l.Topics)))));
        var (shown, clicks, ups, downs) = (exposure.Sum(c => c.Impressions), exposure.Sum(c => c.Clicks), exposure.Sum(c => c.Ups), exposure.Sum(c => c.Downs));
        text.Append(F($"\nRecommendations: {shown} shown, {clicks} clicked (CTR {(shown == 0 ? 0 : 100.0 * clicks / shown):0}%), 👍 rate {(ups + downs == 0 ? 0 : 100.0 * ups / (ups + downs)):0}% of {ups + downs} votes"));
        text.Append("\nCourse exposure: ").Append(exposure.Count == 0 ? "no recommendations shown yet" : string.Join("; ", exposure
            .OrderByDescending(c => c.Impressions).ThenBy(c => c.Course, StringComparer.Ordinal)
            .Select(c => F($"{c.Course} {c.Impressions} shown, CTR {c.ClickThroughRate * 100:0}%, 👍 {c.Ups} 👎 {c.Downs}"))));
        AppendSales(text, sales);
        var data = new
        {
            activity = latest.Activity, meanEngagement = latest.MeanEngagement, meanRecommendationValue = latest.MeanRecommendationValue,
            timeFactor = latest.TimeFactor, members = latest.Members, activeMembers = latest.ActiveMembers,
            eventsInWindow = latest.EventsInWindow,
            trend = history.TakeLast(12).Select(h => new { at = h.At, activity = h.Activity }).ToList(),
            personas,
            analytics = report.Analytics,
            opinionLeaders = leaders,
            courses = exposure,
            sales,
        };
        return new Reply(text.ToString()) { Title = "Community stats", Data = data, Files = report.Charts is null ? [] : [report.Charts] };
    }

    /// <summary>A duration as a moderator reads it: seconds, minutes, hours or days.</summary>
    public static string Duration(TimeSpan t) => t.TotalMinutes < 1 ? F($"{t.TotalSeconds:0} s")
        : t.TotalHours < 1 ? F($"{t.TotalMinutes:0} min") : t.TotalDays < 1 ? F($"{t.TotalHours:0.#} h") : F($"{t.TotalDays:0.#} days");

    /// <summary>Amounts per currency, "EUR 12.00 + USD 3.50".</summary>
    public static string Money(IReadOnlyDictionary<string, decimal> amounts) =>
        amounts.Count == 0 ? "no revenue" : string.Join(" + ", amounts.Select(a => F($"{a.Key} {a.Value:0.00}")));

    private static void AppendAnalytics(StringBuilder text, AnalyticsReport a)
    {
        text.Append(F($"Active members: {a.DailyActiveMembers:0.#} a day (last 7 days), {a.WeeklyActiveMembers} in the last 7 days\n"));
        text.Append("Messages per day (8 weeks): ").Append(Sparkline([.. a.Days.Select(d => (double)d.Messages)], scaleToMax: true)).Append('\n');
        text.Append("Members by week (new/left): ").Append(string.Join(", ", a.MemberFlow.Select(w => F($"{w.WeekStart:MM-dd} +{w.New}/-{w.Left}")))).Append('\n');
        text.Append("Retention by join week (share active in the weeks since): ").Append(a.Retention.Count == 0 ? "no new members in 8 weeks"
            : string.Join("; ", a.Retention.Select(c => F($"{c.WeekStart:MM-dd} ({c.Size}) ") + string.Join(" ", c.Active.Select(s => F($"{s * 100:0}%")))))).Append('\n');
        text.Append("Top channels: ").Append(a.TopChannels.Count == 0 ? "none" : string.Join(", ", a.TopChannels.Select(c => F($"{c.Channel} {c.Messages}")))).Append('\n');
        text.Append(F($"Questions: {a.Questions}, answered {a.Answered} ({a.ReplyRate * 100:0}%)"))
            .Append(a.MedianFirstAnswer is { } wait ? ", median first answer " + Duration(wait) : "").Append('\n');
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

    private static string Sparkline(List<double> values, bool scaleToMax = false)
    {
        const string bars = "▁▂▃▄▅▆▇█";
        var max = scaleToMax ? Math.Max(1, values.DefaultIfEmpty(0).Max()) : 1;
        return values.Count == 0 ? "(no snapshots yet)" : string.Concat(values.Select(v => bars[Math.Clamp((int)(v / max * (bars.Length - 1) + 0.5), 0, bars.Length - 1)]))
            + (scaleToMax ? F($" (peak {max:0})") : F($" (last {values.Count} runs)"));
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
