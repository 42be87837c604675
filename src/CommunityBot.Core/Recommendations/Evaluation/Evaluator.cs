namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>Splits a dataset once and scores our recommender and the popularity baseline on the same split.</summary>
public static class Evaluator
{
    public const int Seed = 20261129;

    public static EvalReport Run(EvalDataset dataset, int k, int holdout, RecommenderOptions options)
    {
        var split = EvalSplit.LeaveLastOut(dataset.Interactions, holdout, Seed);
        IRankingModel[] models = [new HybridModel(dataset, split, options), new PopularityModel(split.Train)];
        var results = models.ToDictionary(m => m.Name, m => Score(m, split, k), StringComparer.Ordinal);
        return new EvalReport(dataset.Name, k, split.Test.Count, results);
    }

    public static ModelMetrics Score(IRankingModel model, EvalSplit split, int k)
    {
        double precision = 0, recall = 0, ndcg = 0, hits = 0;
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (user, relevant) in split.Test.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var recommended = model.Recommend(user, k);
            covered.UnionWith(recommended);
            precision += RankingMetrics.Precision(recommended, relevant, k);
            recall += RankingMetrics.Recall(recommended, relevant, k);
            ndcg += RankingMetrics.Ndcg(recommended, relevant, k);
            hits += recommended.Take(k).Any(relevant.Contains) ? 1 : 0;
        }
        var n = Math.Max(1, split.Test.Count);
        return new ModelMetrics(precision / n, recall / n, ndcg / n, covered.Count) { HitRate = hits / n };
    }
}
