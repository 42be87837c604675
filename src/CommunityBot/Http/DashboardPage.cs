using System.Globalization;
using System.Text;
using CommunityBot.Core.Analytics;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Purchases;
using static System.Net.WebUtility;

namespace CommunityBot.Http;

/// <summary>The dashboard's HTML: the /stats charts as one picture, then each table of the report.</summary>
internal static class DashboardPage
{
    public static string Body(string community, StatsReport report)
    {
        var html = new StringBuilder();
        var latest = report.Latest;
        html.Append(F($"<p>Community <strong>{HtmlEncode(community)}</strong>: activity I = <strong>{latest.Activity:0.000}</strong>, "))
            .Append(F($"{latest.Members} members, {latest.ActiveMembers} active in the last 30 days, mean engagement {latest.MeanEngagement:0.000}.</p>"));
        if (report.Charts is { } charts)
        {
            html.Append("<img id=\"charts\" alt=\"Charts: community activity over time, messages and active members per day, engagement distribution, ")
                .Append("content value against engagement, weekly retention by join-week cohort, recommendation funnel\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(charts.Content)).Append("\">");
        }
        var a = report.Analytics;
        html.Append(F($"<p>Active members: {a.DailyActiveMembers:0.#} a day over the last 7 days, {a.WeeklyActiveMembers} in the last 7 days. "))
            .Append(F($"Questions: {a.Questions}, answered {a.Answered} ({a.ReplyRate * 100:0}%)"))
            .Append(a.MedianFirstAnswer is { } wait ? ", median first answer " + StatsCommand.Duration(wait) : "").Append(".</p>");
        Table(html, "personas", "Personas", ["Persona", "Members", "C", "I", "R", "Typical interests"], report.Personas.Personas.Select(p => new[]
        {
            p.Name, N(p.Size), F($"{p.Content:0.00}"), F($"{p.Interest:0.00}"), F($"{p.Interaction:0.00}"), string.Join(", ", p.Interests),
        }));
        Table(html, "leaders", "Key opinion leaders (30 days)", ["Member", "Reached", "Replied", "Reacted", "Topics"], report.Leaders.Select(l => new[]
        {
            l.Name, N(l.Reach), N(l.Repliers), N(l.Reactors), string.Join(", ", l.Topics),
        }));
        Table(html, "days", "Messages and active members per day (last 14 days; the chart has eight weeks)", ["Day", "Messages", "Active members"], a.Days.TakeLast(14).Reverse().Select(d => new[]
        {
            d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(d.Messages), N(d.ActiveMembers),
        }));
        Table(html, "flow", "New and left members per week", ["Week of", "New", "Left"], a.MemberFlow.Select(w => new[]
        {
            w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(w.New), N(w.Left),
        }));
        var weeks = a.Retention.Count == 0 ? 0 : a.Retention.Max(c => c.Active.Count);
        Table(html, "retention", "Retention by join week (share active in each week since)",
            ["Joined week of", "Members", .. Enumerable.Range(0, weeks).Select(w => "Week " + N(w))], a.Retention.Select(c => (string[])
            [
                c.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(c.Size), .. c.Active.Select(s => F($"{s * 100:0}%")),
                .. Enumerable.Repeat("", weeks - c.Active.Count),
            ]));
        Table(html, "channels", "Top channels", ["Channel", "Messages"], a.TopChannels.Select(c => new[] { c.Channel, N(c.Messages) }));
        Table(html, "courses", "Recommendations by course", ["Course", "Shown", "Clicked", "CTR", "👍", "👎"], report.Exposure
            .OrderByDescending(c => c.Impressions).Select(c => new[]
            {
                c.Course, N(c.Impressions), N(c.Clicks), F($"{c.ClickThroughRate * 100:0}%"), N(c.Ups), N(c.Downs),
            }));
        Table(html, "sales", F($"Sales funnel by source (last {report.Sales.Days} days)"), ["Source", "Shown", "Clicked", "Bought", "Revenue"],
            report.Sales.BySource.Select(Funnel));
        Table(html, "sales-by-course", "Sales by course", ["Course", "Shown", "Clicked", "Bought", "Revenue"], report.Sales.ByCourse.Select(Funnel));
        return html.ToString();
    }

    private static string[] Funnel(FunnelRow r) => [r.Name, N(r.Shown), N(r.Clicked), N(r.Bought), StatsCommand.Money(r.Revenue)];

    private static void Table(StringBuilder html, string id, string title, IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{HtmlEncode(title)}</h2>");
        var list = rows.ToList();
        if (list.Count == 0)
        {
            html.Append("<p>Nothing yet.</p>");
            return;
        }
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"scroll\"><table id=\"{id}\"><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(HtmlEncode(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(HtmlEncode(cell)).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table></div>");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
