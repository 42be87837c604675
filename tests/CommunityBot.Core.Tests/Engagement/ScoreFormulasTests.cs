using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Tests.Engagement;

public sealed class ScoreFormulasTests
{
    [Fact]
    public void Engagement_SourceWorkedExample_Is0_74()
    {
        // The source document printed 0.55; (0.6·0.8 + 0.3·0.7 + 0.1·0.5) / 1.0 = 0.74.
        Assert.Equal(0.74, ScoreFormulas.Engagement(0.8, 0.7, 0.5, Weights.Default), 10);
    }

    [Fact]
    public void Recommendation_SourceWorkedExample_Is0_775()
    {
        Assert.Equal(0.775, ScoreFormulas.Recommendation(0.9, 0.55, 0.8, Weights.Default), 10);
    }

    [Fact]
    public void CommunityActivity_SourceWorkedExampleWithNormalizedTime_Is0_515()
    {
        var time = ScoreFormulas.TimeFactor(30, 90);
        Assert.Equal(1.0 / 3, time, 10);
        Assert.Equal(0.515, ScoreFormulas.CommunityActivity(0.55, 0.65, time, Weights.Default), 10);
    }

    [Fact]
    public void Engagement_WeightsNotSummingToOne_StaysInUnitRange()
    {
        var w = Weights.Default with { Alpha = 6, Beta = 3, Gamma = 1 };
        Assert.Equal(0.74, ScoreFormulas.Engagement(0.8, 0.7, 0.5, w), 10);
        Assert.Equal(1.0, ScoreFormulas.Engagement(1, 1, 1, w with { Alpha = 100 }), 10);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(7, 0.5)]
    [InlineData(14, 0.25)]
    public void Decay_HalvesEveryHalfLife(double ageDays, double expected)
    {
        Assert.Equal(expected, ScoreFormulas.Decay(ageDays, 7), 10);
    }

    [Fact]
    public void Normalize_MaxIsOneAndZeroMaxGivesZero()
    {
        Assert.Equal(1, ScoreFormulas.Normalize(5, 5), 10);
        Assert.Equal(Math.Log(3) / Math.Log(6), ScoreFormulas.Normalize(2, 5), 10);
        Assert.Equal(0, ScoreFormulas.Normalize(0, 0));
    }

    [Fact]
    public void Interest_IsClampedAndCountsCourseInteractions()
    {
        Assert.Equal(0.5, ScoreFormulas.Interest(4, 0, 6), 10);
        Assert.Equal(1.0, ScoreFormulas.Interest(10, 5, 10), 10);
        Assert.Equal(1.0, ScoreFormulas.Interest(0, 1, 0), 10); // (0 + 3) / (0 + 2) clamped
    }
}
