namespace CommunityBot.Core.Engagement;

/// <summary>One member's computed scores in one community, with the counts that explain them.</summary>
public sealed record MemberScore
{
    public required string Community { get; init; }
    public required string User { get; init; }
    public string Name { get; init; } = "";
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
    public long Points { get; init; }
    public int Level { get; init; }
    public int Messages { get; init; }
    public int RepliesReceived { get; init; }
    public int ReactionsReceived { get; init; }
    public int ReactionsGiven { get; init; }
    public int ThanksReceived { get; init; }
    public int CourseInteractions { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    public DateTimeOffset LastActive { get; init; }
    /// <summary>True when the member acted within the scoring window.</summary>
    public bool Active { get; init; }
    /// <summary>Points earned per local calendar day ("yyyy-MM-dd" in the community's time zone).</summary>
    public IReadOnlyDictionary<string, long> DailyPoints { get; init; } = new Dictionary<string, long>();
}
