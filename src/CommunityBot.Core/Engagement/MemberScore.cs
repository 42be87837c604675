using System.Diagnostics.CodeAnalysis;

namespace CommunityBot.Core.Engagement;

/// <summary>One member's computed scores in one community, with the counts that explain them.</summary>
public sealed record MemberScore : MemberCounts
{
    public MemberScore()
    {
    }

    [SetsRequiredMembers]
    public MemberScore(MemberCounts counts) : base(counts)
    {
    }

    /// <summary>C_i, content value, normalized to [0,1].</summary>
    public double Content { get; init; }
    /// <summary>I_i, interest in the catalog's topics, [0,1].</summary>
    public double Interest { get; init; }
    /// <summary>R_i, interaction frequency, normalized to [0,1].</summary>
    public double Interaction { get; init; }
    /// <summary>U_i = (α·C + β·I + γ·R)/(α+β+γ).</summary>
    public double Engagement { get; init; }
    public double ContentRaw { get; init; }
    public double InteractionRaw { get; init; }
    public double TopicalRaw { get; init; }
    public int Level { get; init; }
    public DateTimeOffset LastActive { get; init; }
    /// <summary>True when the member acted within the scoring window.</summary>
    public bool Active { get; init; }
}
