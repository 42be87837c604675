namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>The result of one evaluation: what `communitybot eval` prints as JSON.</summary>
public sealed record EvalReport(string Dataset, int K, int Users, IReadOnlyDictionary<string, ModelMetrics> Models);
