namespace CommunityBot.Core.Engagement;

/// <summary>The closed-form formulas of DESIGN §4–5, kept apart so each is testable on its own.</summary>
public static class ScoreFormulas
{
    /// <summary>Weight of an event of age <paramref name="ageDays"/>: 2^(-a/h).</summary>
    public static double Decay(double ageDays, double halfLifeDays) =>
        halfLifeDays <= 0 ? 1 : Math.Pow(2, -Math.Max(0, ageDays) / halfLifeDays);

    /// <summary>ln(1+raw)/ln(1+max), 0 when the max is 0.</summary>
    public static double Normalize(double raw, double max) =>
        max <= 0 ? 0 : Math.Log(1 + Math.Max(0, raw)) / Math.Log(1 + max);

    /// <summary>Weighted mean of three parts; 0 when every weight is 0 (commands refuse such weights).</summary>
    public static double WeightedMean(double a, double wa, double b, double wb, double c, double wc)
    {
        var sum = wa + wb + wc;
        return sum <= 0 ? 0 : (wa * a + wb * b + wc * c) / sum;
    }

    /// <summary>U_i = (α·C + β·I + γ·R)/(α+β+γ).</summary>
    public static double Engagement(double content, double interest, double interaction, Communities.Weights w) =>
        WeightedMean(content, w.Alpha, interest, w.Beta, interaction, w.Gamma);

    /// <summary>R_uj = (δ·Quality + ε·U + ζ·Q)/(δ+ε+ζ).</summary>
    public static double Recommendation(double quality, double engagement, double relevance, Communities.Weights w) =>
        WeightedMean(quality, w.Delta, engagement, w.Epsilon, relevance, w.Zeta);

    /// <summary>I_k = (η·Ū + θ·R̄ + ξ·T̂)/(η+θ+ξ).</summary>
    public static double CommunityActivity(double meanEngagement, double meanRecommendation, double timeFactor, Communities.Weights w) =>
        WeightedMean(meanEngagement, w.Eta, meanRecommendation, w.Theta, timeFactor, w.Xi);

    /// <summary>T̂ = min(1, days since the first event / T_ref).</summary>
    public static double TimeFactor(double daysSinceFirstEvent, double referenceDays) =>
        referenceDays <= 0 ? 1 : Math.Clamp(daysSinceFirstEvent / referenceDays, 0, 1);

    /// <summary>I_i = (topical + 3·course interactions)/(all + 2), clamped to [0,1].</summary>
    public static double Interest(double topicalWeighted, int courseInteractions, double allWeighted) =>
        Math.Clamp((topicalWeighted + 3.0 * courseInteractions) / (allWeighted + 2.0), 0, 1);
}
