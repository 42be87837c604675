namespace CommunityBot.Bench;

internal static class Percentiles
{
    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/> timings, rounded to microseconds.</summary>
    public static double Of(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
}
