using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

/// <summary>One member takes back one reaction: only that one goes, wherever it sits among the message's reactions.</summary>
public sealed class ReactionRemovalTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly Events _e = new(_now);
    private readonly ITopicMatcher _topics = TestTopics.For();

    private IReadOnlyList<MemberScore> Score(params ActivityEvent[] events) =>
        ScoreCalculator.Compute("c1", events.OrderBy(e => e.At).ToList(), CommunitySettings.DefaultFor("c1"), _topics, _now).Members;

    [Fact]
    public void Compute_FirstOfFourReactionsRemoved_TheOtherThreeStillCount()
    {
        var scores = Score(_e.Message("author", TimeSpan.FromHours(5), id: "m1"),
            _e.Reaction("fan1", "m1", TimeSpan.FromHours(4)), _e.Reaction("fan2", "m1", TimeSpan.FromHours(3.5), "🔥"),
            _e.Reaction("fan3", "m1", TimeSpan.FromHours(3)), _e.Reaction("fan4", "m1", TimeSpan.FromHours(2.5), "🎉"),
            _e.Reaction("fan1", "m1", TimeSpan.FromHours(2), removed: true),
            _e.Reaction("fan5", "m1", TimeSpan.FromHours(1)));

        Assert.Equal(4, scores.Single(m => m.User == "author").ReactionsReceived);
        Assert.Equal(0, scores.Single(m => m.User == "fan1").ReactionsGiven);
        Assert.All(["fan2", "fan3", "fan4", "fan5"], fan => Assert.Equal(1, scores.Single(m => m.User == fan).ReactionsGiven));
    }

    [Fact]
    public void Compute_OneOfTwoEmojisOfAReactorRemoved_TheReactorStillCountsOnce()
    {
        var scores = Score(_e.Message("author", TimeSpan.FromHours(5), id: "m1"),
            _e.Reaction("fan1", "m1", TimeSpan.FromHours(4)), _e.Reaction("fan1", "m1", TimeSpan.FromHours(3.5), "🔥"),
            _e.Reaction("fan2", "m1", TimeSpan.FromHours(3)),
            _e.Reaction("fan1", "m1", TimeSpan.FromHours(2), removed: true));

        Assert.Equal(2, scores.Single(m => m.User == "author").ReactionsReceived);
        Assert.Equal(1, scores.Single(m => m.User == "fan1").ReactionsGiven);
        Assert.Equal(1, scores.Single(m => m.User == "fan2").ReactionsGiven);
    }
}
