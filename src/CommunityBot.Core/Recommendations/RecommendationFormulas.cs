using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Recommendations;

/// <summary>The formulas of DESIGN §5, kept apart so each can be checked by hand.</summary>
public static class RecommendationFormulas
{
    /// <summary>Bayesian blend of the catalog rating and observed feedback: (m·prior + positives) / (m + impressions), clamped to [0,1].</summary>
    public static double Quality(double? rating, double positives, double impressions, double priorStrength)
    {
        var prior = rating is { } r ? Math.Clamp(r / 5, 0, 1) : 0.5;
        var denominator = priorStrength + impressions;
        return denominator <= 0 ? prior : Math.Clamp((priorStrength * prior + positives) / denominator, 0, 1);
    }

    /// <summary>Q_uj = λ·content + (1−λ)·collaborative.</summary>
    public static double Relevance(double lambda, double content, double collaborative) =>
        lambda * content + (1 - lambda) * collaborative;

    /// <summary>R_uj = (δ·Quality + ε·U + ζ·Q) / (δ+ε+ζ); 0 when every weight is 0.</summary>
    public static double Score(Weights weights, double quality, double engagement, double relevance)
    {
        var sum = weights.Delta + weights.Epsilon + weights.Zeta;
        return sum <= 0 ? 0 : (weights.Delta * quality + weights.Epsilon * engagement + weights.Zeta * relevance) / sum;
    }

    /// <summary>2^(−age/h): an event one half-life old counts half. Future events count fully.</summary>
    public static double Decay(TimeSpan age, double halfLifeDays) =>
        age <= TimeSpan.Zero || halfLifeDays <= 0 ? 1 : Math.Pow(2, -age.TotalDays / halfLifeDays);
}
