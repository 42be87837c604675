namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// Mean precision@k, recall@k and NDCG@k over the evaluated members; coverage is the number of distinct items
/// recommended; hit rate the share of members with at least one held-out item in their top k.
/// </summary>
public sealed record ModelMetrics(double Precision, double Recall, double Ndcg, int Coverage)
{
    public double HitRate { get; init; }
}
