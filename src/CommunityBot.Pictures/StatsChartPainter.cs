using CommunityBot.Core.Pictures;
using ScottPlot;
using SkiaSharp;

namespace CommunityBot.Pictures;

/// <summary>
/// The /stats charts, drawn with ScottPlot and laid out in two columns on one picture: community activity I over the
/// score runs, daily messages and active members, the members' engagement distribution, content value C against
/// engagement U (the source document's value-vs-engagement plot), weekly retention cohorts as a heatmap, and the
/// recommendation funnel.
/// </summary>
public static class StatsChartPainter
{
    public const int ChartWidth = 600;
    public const int ChartHeight = 340;
    public const int Rows = 3;
    private const string FontName = "CommunityBot Charts";
    private static readonly Lock _fontGate = new();
    private static string? _registered;

    public static byte[] Paint(StatsCharts charts, FontLibrary fonts)
    {
        Register(fonts.RegularFile);
        byte[][] images =
        [
            Trend(charts.Trend), Daily(charts.Days), Distribution(charts.Members), Scatter(charts.Members), Retention(charts.Retention), Funnel(charts.Funnel),
        ];
        using var surface = SKSurface.Create(new SKImageInfo(ChartWidth * 2, ChartHeight * Rows));
        surface.Canvas.Clear(SKColors.White);
        for (var i = 0; i < images.Length; i++)
        {
            using var image = SKImage.FromEncodedData(images[i]);
            surface.Canvas.DrawImage(image, i % 2 * ChartWidth, i / 2 * ChartHeight, SKSamplingOptions.Default, null);
        }
        return ProfileCardPainter.Png(surface);
    }

    private static byte[] Trend(IReadOnlyList<TrendPoint> trend)
    {
        var plot = NewPlot("Community activity I per score run");
        if (trend.Count > 0)
        {
            var line = plot.Add.Scatter(trend.Select(t => t.At.UtcDateTime.ToOADate()).ToArray(), trend.Select(t => t.Activity).ToArray());
            line.LineWidth = 2;
            plot.Axes.DateTimeTicksBottom();
        }
        else
        {
            Empty(plot, "no score runs yet");
        }
        plot.Axes.SetLimitsY(0, 1);
        return Png(plot);
    }

    private static byte[] Daily(IReadOnlyList<Core.Analytics.DayActivity> days)
    {
        var plot = NewPlot("Messages and active members per day");
        var xs = days.Select(d => d.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        if (xs.Length > 0)
        {
            var messages = plot.Add.Scatter(xs, days.Select(d => (double)d.Messages).ToArray());
            messages.LegendText = "messages";
            messages.MarkerSize = 0;
            messages.LineWidth = 2;
            var active = plot.Add.Scatter(xs, days.Select(d => (double)d.ActiveMembers).ToArray());
            active.LegendText = "active members";
            active.MarkerSize = 0;
            active.LineWidth = 2;
            plot.Axes.DateTimeTicksBottom();
            plot.ShowLegend(Alignment.UpperLeft);
            plot.Legend.FontName = FontName;
        }
        return Png(plot);
    }

    /// <summary>Rows are join weeks (oldest at the top), columns the weeks since; each cell the share of the cohort active.</summary>
    private static byte[] Retention(IReadOnlyList<Core.Analytics.Cohort> cohorts)
    {
        var plot = NewPlot("Retention by join week (share active)");
        if (cohorts.Count == 0)
        {
            Empty(plot, "no new members in these weeks");
            return Png(plot);
        }
        var width = cohorts.Max(c => c.Active.Count);
        var cells = new double[cohorts.Count, width];
        for (var r = 0; r < cohorts.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                cells[r, c] = c < cohorts[r].Active.Count ? cohorts[r].Active[c] : double.NaN;
            }
        }
        var heatmap = plot.Add.Heatmap(cells);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.ManualRange = new ScottPlot.Range(0, 1);
        var colorbar = plot.Add.ColorBar(heatmap);
        colorbar.Axis.TickLabelStyle.FontName = FontName;
        plot.Axes.Left.SetTicks(
            Enumerable.Range(0, cohorts.Count).Select(i => (double)(cohorts.Count - 1 - i)).ToArray(),
            cohorts.Select(c => c.WeekStart.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " (" + c.Size + ")").ToArray());
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, width).Select(i => (double)i).ToArray(), Enumerable.Range(0, width).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel("weeks since joining (the last is the current, partial week)");
        return Png(plot);
    }

    private static byte[] Distribution(IReadOnlyList<MemberPoint> members)
    {
        var plot = NewPlot("Members by engagement U");
        var counts = new double[10];
        foreach (var m in members)
        {
            counts[Math.Clamp((int)(m.Engagement * 10), 0, 9)]++;
        }
        var bars = plot.Add.Bars(Enumerable.Range(0, 10).Select(i => (i * 0.1) + 0.05).ToArray(), counts);
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.09;
        }
        plot.XLabel("engagement U");
        plot.YLabel("members");
        plot.Axes.SetLimitsX(0, 1);
        return Png(plot);
    }

    private static byte[] Scatter(IReadOnlyList<MemberPoint> members)
    {
        var plot = NewPlot("Content value C against engagement U");
        if (members.Count > 0)
        {
            var points = plot.Add.ScatterPoints(members.Select(m => m.Content).ToArray(), members.Select(m => m.Engagement).ToArray());
            points.MarkerSize = 6;
        }
        plot.XLabel("content value C");
        plot.YLabel("engagement U");
        plot.Axes.SetLimits(0, 1, 0, 1);
        return Png(plot);
    }

    private static byte[] Funnel(IReadOnlyList<FunnelStage> funnel)
    {
        var plot = NewPlot("Recommendations: shown, clicked, bought"); // one font per label, and Noto Sans has no arrows;
        var positions = Enumerable.Range(0, funnel.Count).Select(i => (double)i).ToArray();
        var bars = plot.Add.Bars(positions, funnel.Select(f => (double)f.Count).ToArray());
        for (var i = 0; i < bars.Bars.Count; i++)
        {
            bars.Bars[i].Label = funnel[i].Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }
        bars.ValueLabelStyle.FontName = FontName;
        plot.Axes.Bottom.SetTicks(positions, funnel.Select(f => f.Name).ToArray());
        plot.Axes.Margins(bottom: 0);
        return Png(plot);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, size: 16);
        return plot;
    }

    private static void Empty(Plot plot, string note)
    {
        var text = plot.Add.Text(note, 0.5, 0.5);
        text.LabelFontName = FontName;
        plot.Axes.SetLimitsX(0, 1);
    }

    private static byte[] Png(Plot plot) => plot.GetImageBytes(ChartWidth, ChartHeight, ImageFormat.Png);

    /// <summary>ScottPlot resolves fonts by name from a process-wide list; the card's regular font is added to it once.</summary>
    private static void Register(string file)
    {
        lock (_fontGate)
        {
            if (_registered != file)
            {
                Fonts.AddFontFile(FontName, file);
                _registered = file;
            }
        }
    }
}
