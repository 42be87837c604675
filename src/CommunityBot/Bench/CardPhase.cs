using CommunityBot.Core.Communities;
using CommunityBot.Core.Pictures;
using CommunityBot.Pictures;
using Microsoft.Extensions.Options;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace CommunityBot.Bench;

/// <summary>
/// Rank cards drawn and encoded as PNG, one name per script (Latin, Chinese, Arabic with emoji…). The
/// event-to-visible phase runs with pictures off, so its figure stays the data path's; this is the drawing's.
/// </summary>
internal sealed class CardPhase(TextWriter progress)
{
    private const int Renders = 60;
    private static readonly string[] Names = ["Bruno Silva", "李小龙 学习机器学习", "محمد علي 🎉", "Анна Петрова", "Zoë 👩‍💻🇩🇪"];

    public double P50Ms { get; private set; }
    public double P99Ms { get; private set; }
    public double ChartsMs { get; private set; }

    public void Run()
    {
        using var renderer = new SkiaCardRenderer(Options.Create(new PictureOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<SkiaCardRenderer>.Instance);
        if (renderer.ProfileCard(Card(Names[0])) is null) // also loads the fonts and warms up
        {
            progress.WriteLine("  cards: no fonts found under /usr/share/fonts; not measured");
            return;
        }
        var timings = new List<double>(Renders);
        for (var i = 0; i < Renders; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = renderer.ProfileCard(Card(Names[i % Names.Length]));
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        (P50Ms, P99Ms) = (Percentiles.Of(timings, 0.5), Percentiles.Of(timings, 0.99));
        _ = renderer.StatsCharts(Charts()); // warm-up: ScottPlot's first plot pays for its setup
        var charts = Stopwatch.StartNew();
        const int chartRuns = 5;
        for (var i = 0; i < chartRuns; i++)
        {
            _ = renderer.StatsCharts(Charts());
        }
        ChartsMs = Math.Round(charts.Elapsed.TotalMilliseconds / chartRuns, 3);
        progress.WriteLine($"  cards: profile card p50 {P50Ms:0.0} ms, p99 {P99Ms:0.0} ms over {Renders} renders; /stats charts {ChartsMs:0} ms (peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20:N0} MB)");
    }

    /// <summary>A year of score runs, 2,000 members, eight weeks of days and cohorts.</summary>
    private static StatsCharts Charts()
    {
        var random = new Random(7);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new StatsCharts(
            [.. Enumerable.Range(0, 365).Select(d => new TrendPoint(start.AddDays(d), random.NextDouble()))],
            [.. Enumerable.Range(0, 2_000).Select(_ => new MemberPoint(random.NextDouble(), random.NextDouble()))],
            [new("shown", 5_000), new("clicked", 400), new("bought", 30)],
            [.. Enumerable.Range(0, 56).Select(d => new Core.Analytics.DayActivity(DateOnly.FromDateTime(start.AddDays(d).UtcDateTime), random.Next(500), random.Next(200)))],
            [.. Enumerable.Range(0, 8).Select(w => new Core.Analytics.Cohort(DateOnly.FromDateTime(start.AddDays(7 * w).UtcDateTime), 20, [.. Enumerable.Range(0, 8 - w).Select(_ => random.NextDouble())]))]);
    }

    private static ProfileCard Card(string name) =>
        new("bench-user", name, 12, "Helper", 9_000, 8_700, 9_900, 0.8, 0.7, 0.9, 0.6, new Weights(), 3, 5_000);
}
