namespace CommunityBot.Core.Recommendations.Digest;

/// <summary>What one digest run did: the members addressed (empty when nothing was posted) and why not, if so.</summary>
public sealed record DigestResult(IReadOnlyList<DigestLine> Lines, string? Skipped)
{
    public static DigestResult Skip(string reason) => new([], reason);
}
