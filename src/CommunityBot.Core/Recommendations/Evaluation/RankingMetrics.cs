namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>Top-k metrics with binary relevance (an item is relevant when it is in the member's held-out set).</summary>
public static class RankingMetrics
{
    public static double Precision(IReadOnlyList<string> recommended, IReadOnlySet<string> relevant, int k) =>
        k <= 0 ? 0 : (double)Hits(recommended, relevant, k) / k;

    public static double Recall(IReadOnlyList<string> recommended, IReadOnlySet<string> relevant, int k) =>
        relevant.Count == 0 ? 0 : (double)Hits(recommended, relevant, k) / relevant.Count;

    /// <summary>DCG / ideal DCG, with gain 1/log2(rank+1) for each relevant item at 1-based rank.</summary>
    public static double Ndcg(IReadOnlyList<string> recommended, IReadOnlySet<string> relevant, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, recommended.Count); i++)
        {
            if (relevant.Contains(recommended[i]))
            {
                dcg += 1 / Math.Log2(i + 2);
            }
        }
        var ideal = 0.0;
        for (var i = 0; i < Math.Min(k, relevant.Count); i++)
        {
            ideal += 1 / Math.Log2(i + 2);
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static int Hits(IReadOnlyList<string> recommended, IReadOnlySet<string> relevant, int k) =>
        recommended.Take(k).Count(relevant.Contains);
}
