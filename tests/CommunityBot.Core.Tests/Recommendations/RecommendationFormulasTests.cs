using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class RecommendationFormulasTests
{
    [Fact]
    public void Score_SourceExample_Is0775()
    {
        var score = RecommendationFormulas.Score(Weights.Default, quality: 0.9, engagement: 0.55, relevance: 0.8);

        Assert.Equal(0.775, score, 12); // (0.5·0.9 + 0.3·0.55 + 0.2·0.8) / 1.0
    }

    [Fact]
    public void Score_WeightsNotSummingToOne_DividesBySum()
    {
        var weights = Weights.Default with { Delta = 1, Epsilon = 0, Zeta = 1 };

        Assert.Equal((0.9 + 0.8) / 2, RecommendationFormulas.Score(weights, 0.9, 0.55, 0.8), 12);
    }

    [Fact]
    public void Score_AllWeightsZero_IsZero() =>
        Assert.Equal(0, RecommendationFormulas.Score(Weights.Default with { Delta = 0, Epsilon = 0, Zeta = 0 }, 1, 1, 1));

    [Fact]
    public void Quality_NoImpressions_IsCatalogPrior() =>
        Assert.Equal(0.9, RecommendationFormulas.Quality(4.5, 0, 0, 10), 12);

    [Fact]
    public void Quality_WithFeedback_BlendsPriorAndObserved() =>
        Assert.Equal((10 * 0.9 + 3) / (10.0 + 5), RecommendationFormulas.Quality(4.5, positives: 3, impressions: 5, priorStrength: 10), 12);

    [Fact]
    public void Quality_MissingRating_UsesHalf() =>
        Assert.Equal((10 * 0.5 + 0) / 20.0, RecommendationFormulas.Quality(null, 0, 10, 10), 12);

    [Fact]
    public void Quality_MorePositivesThanImpressions_ClampsToOne() =>
        Assert.Equal(1, RecommendationFormulas.Quality(5, positives: 30, impressions: 2, priorStrength: 10));

    [Fact]
    public void Relevance_Lambda_MixesContentAndCollaborative()
    {
        Assert.Equal(0.6, RecommendationFormulas.Relevance(1, 0.6, 0.2), 12);
        Assert.Equal(0.4, RecommendationFormulas.Relevance(0.5, 0.6, 0.2), 12);
    }

    [Fact]
    public void Decay_OneHalfLife_IsHalf()
    {
        Assert.Equal(0.5, RecommendationFormulas.Decay(TimeSpan.FromDays(7), 7), 12);
        Assert.Equal(1, RecommendationFormulas.Decay(TimeSpan.FromDays(-1), 7));
    }
}
