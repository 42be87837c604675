using System.Globalization;
using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Engagement;

/// <summary>/stats: the community activity score, its parts, its trend and who the members are (personas).</summary>
public sealed class StatsCommand(IScoreStore scores, ActivitySnapshotter snapshotter, RecommendationService recommendations) : IBotCommand
{
    public CommandSpec Spec { get; } = new("stats", "Community activity, trend and member personas", MemberRole.Moderator, []);

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        var history = await scores.SnapshotsAsync(call.Community, 12, ct);
        var latest = history.Count > 0 ? history[^1] : await snapshotter.SnapshotAsync(call.Community, ct);
        var members = await scores.ListAsync(call.Community, ct);
        var personas = Personas.Count(members);
        var text = new StringBuilder();
        text.Append(F($"Community activity I = {latest.Activity:0.000} (mean engagement {latest.MeanEngagement:0.000}, "));
        text.Append(F($"recommendation value {latest.MeanRecommendationValue:0.000}, maturity {latest.TimeFactor:0.000})\n"));
        text.Append(F($"Members {latest.Members}, active in the last 30 days {latest.ActiveMembers}, events in the window {latest.EventsInWindow}\n"));
        text.Append("Trend: ").Append(Sparkline(history.Select(h => h.Activity).ToList())).Append('\n');
        text.Append("Personas: ").Append(string.Join(", ", personas.Select(p => F($"{p.Key} {p.Value}"))));
        var exposure = (await recommendations.ExposureAsync(call.Community, ct)).Where(c => c.Impressions + c.Clicks + c.Ups + c.Downs > 0).ToList();
        text.Append("\nCourse exposure: ").Append(exposure.Count == 0 ? "no recommendations shown yet" : string.Join("; ", exposure
            .OrderByDescending(c => c.Impressions).ThenBy(c => c.Course, StringComparer.Ordinal)
            .Select(c => F($"{c.Course} {c.Impressions} shown, CTR {c.ClickThroughRate * 100:0}%, 👍 {c.Ups} 👎 {c.Downs}"))));
        var data = new
        {
            activity = latest.Activity, meanEngagement = latest.MeanEngagement, meanRecommendationValue = latest.MeanRecommendationValue,
            timeFactor = latest.TimeFactor, members = latest.Members, activeMembers = latest.ActiveMembers,
            eventsInWindow = latest.EventsInWindow,
            trend = history.Select(h => new { at = h.At, activity = h.Activity }).ToList(),
            personas,
            courses = exposure,
        };
        return new Reply(text.ToString()) { Title = "Community stats", Data = data };
    }

    private static string Sparkline(List<double> values)
    {
        const string bars = "▁▂▃▄▅▆▇█";
        return values.Count == 0 ? "(no snapshots yet)" : string.Concat(values.Select(v => bars[Math.Clamp((int)(v * (bars.Length - 1) + 0.5), 0, bars.Length - 1)]))
            + F($" (last {values.Count} runs)");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
