using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>A course chosen for a member, with its R_uj terms and the one-line reason.</summary>
public sealed record RecommendationPick(Course Course, double Score, double Quality, double Relevance, string Why);
