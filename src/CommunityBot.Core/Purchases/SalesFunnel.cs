using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Purchases;

/// <summary>Shown → clicked → bought for one recommendation source or one course, with its revenue per currency.</summary>
public sealed record FunnelRow(string Name, int Shown, int Clicked, int Bought, IReadOnlyDictionary<string, decimal> Revenue)
{
    /// <summary>Sales per click (0 without clicks).</summary>
    public double Conversion => Clicked == 0 ? 0 : (double)Bought / Clicked;

    public IReadOnlyDictionary<string, decimal> RevenuePerThousandShown =>
        Revenue.ToDictionary(r => r.Key, r => Shown == 0 ? 0 : Math.Round(r.Value * 1000 / Shown, 2));
}

/// <summary>The seller's funnel over a window: by source, by course, and what sold without a recommendation.</summary>
public sealed record SalesReport(
    int Days, int Sales, IReadOnlyDictionary<string, decimal> Revenue, IReadOnlyList<FunnelRow> BySource, IReadOnlyList<FunnelRow> ByCourse,
    int Unattributed, IReadOnlyDictionary<string, decimal> UnattributedRevenue);

/// <summary>Builds the <see cref="SalesReport"/> from the recommendation events and the sales ledger.</summary>
public sealed class SalesFunnel(ISalesLedger ledger, TimeProvider clock)
{
    public const int Days = 90;
    private const string Unknown = "unknown";

    /// <summary>
    /// The report over the last <see cref="Days"/> days. <paramref name="recent"/> holds the community's events from at
    /// least that far back (the caller reads them once for everything /stats shows); older ones are ignored.
    /// </summary>
    public async Task<SalesReport> ReportAsync(string community, IReadOnlyList<ActivityEvent> recent, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-Days);
        recent = [.. recent.Where(e => e.At >= since)];
        var shown = recent.Where(e => e.Kind == EventKind.RecommendationShown && e.Course is not null).ToList();
        var clicked = recent.Where(e => e.Kind == EventKind.RecommendationClicked && e.Course is not null).ToList();
        var sales = (await ledger.ListAsync(community, ct)).Where(s => s.At >= since).ToList();
        var credited = sales.Where(s => s.Source is not null).ToList();
        var bySource = shown.Select(e => e.Detail ?? Unknown).Concat(clicked.Select(e => e.Detail ?? Unknown)).Concat(credited.Select(s => s.Source!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(source => Row(source, shown.Count(e => (e.Detail ?? Unknown) == source), clicked.Count(e => (e.Detail ?? Unknown) == source),
                credited.Where(s => s.Source == source).ToList()))
            .ToList();
        var byCourse = shown.Select(e => e.Course!).Concat(clicked.Select(e => e.Course!)).Concat(credited.Select(s => s.Course))
            .Distinct(StringComparer.Ordinal)
            .Select(course => Row(course, shown.Count(e => e.Course == course), clicked.Count(e => e.Course == course),
                credited.Where(s => s.Course == course).ToList()))
            .OrderByDescending(r => r.Bought).ThenByDescending(r => r.Shown).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        var unattributed = sales.Where(s => s.Source is null).ToList();
        return new SalesReport(Days, sales.Count, Revenue(sales), bySource, byCourse, unattributed.Count, Revenue(unattributed));
    }

    private static FunnelRow Row(string name, int shown, int clicked, List<Sale> bought) => new(name, shown, clicked, bought.Count, Revenue(bought));

    private static Dictionary<string, decimal> Revenue(IEnumerable<Sale> sales) =>
        sales.GroupBy(s => s.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Amount), StringComparer.Ordinal);
}
