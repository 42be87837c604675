namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>One addressed member and their pick; Fair marks the share kept for newer or less-engaged members.</summary>
public sealed record DigestLine(string User, string Name, RecommendationPick Pick, string Link, bool Fair);
