using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// What one score run fixed for the whole community: the time, the half-life that turns each member's stored
/// decayed sums into values as of then, the maxima that normalize C and R, and the weights of U. Members' totals
/// name their own reference time, so totals written by different runs (the score job's kept state, a /recompute)
/// read correctly side by side.
/// </summary>
public sealed record ScoreBasis
{
    public required string Community { get; init; }

    /// <summary>Unique to the run that stored this basis, so kept copies of its scores can tell they are current.</summary>
    public string? RunId { get; init; }
    public DateTimeOffset AsOf { get; init; }
    public DateTimeOffset WindowStart { get; init; }
    public double HalfLifeDays { get; init; } = 7;
    public double MaxContent { get; init; }
    public double MaxInteraction { get; init; }
    public Weights Weights { get; init; } = new();

    public MemberScore Materialize(MemberTotals t)
    {
        var scale = new DecayReference(t.Reference.UtcTicks, HalfLifeDays).ScaleAt(AsOf.UtcTicks);
        var contentRaw = t.ContentRef * scale + t.ContentFlat;
        var interactionRaw = t.InteractionRef * scale;
        var topicalRaw = t.TopicalRef * scale;
        var content = ScoreFormulas.Normalize(contentRaw, MaxContent);
        var interaction = ScoreFormulas.Normalize(interactionRaw, MaxInteraction);
        var interest = ScoreFormulas.Interest(topicalRaw, t.CourseInteractions, interactionRaw);
        return new MemberScore(t)
        {
            Content = content, Interest = interest, Interaction = interaction,
            Engagement = ScoreFormulas.Engagement(content, interest, interaction, Weights),
            ContentRaw = contentRaw, InteractionRaw = interactionRaw, TopicalRaw = topicalRaw,
            Level = LevelCurve.LevelOf(t.Points),
            LastActive = t.LastActive ?? t.FirstSeen, Active = t.LastActive is not null,
        };
    }
}
