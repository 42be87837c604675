namespace CommunityBot.Core.Engagement;

/// <summary>
/// What is stored per member: aggregates that do not change while time passes (decayed sums relative to the
/// scoring state's reference time, counts, points). A member's <see cref="MemberScore"/> is derived from these and
/// the community's <see cref="ScoreBasis"/>, so a score run rewrites only the members whose totals changed.
/// </summary>
public sealed record MemberTotals : MemberCounts
{
    /// <summary>The time the decayed sums (<c>…Ref</c>) are relative to: each is Σ w·2^((t − Reference)/h).</summary>
    public DateTimeOffset Reference { get; init; }
    public double ContentRef { get; init; }
    /// <summary>The undecayed part of content value (thanks).</summary>
    public double ContentFlat { get; init; }
    public double InteractionRef { get; init; }
    public double TopicalRef { get; init; }
    /// <summary>The latest own action in the window; null when the member did nothing in it.</summary>
    public DateTimeOffset? LastActive { get; init; }
}
