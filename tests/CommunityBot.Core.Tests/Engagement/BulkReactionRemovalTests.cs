using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

/// <summary>Discord removes all reactions of a message (or all of one emoji) without naming the reactors.</summary>
public sealed class BulkReactionRemovalTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly Events _e = new(_now);
    private readonly ITopicMatcher _topics = TestTopics.For();

    private MemberScore Author(params ActivityEvent[] events) =>
        ScoreCalculator.Compute("c1", events.OrderBy(e => e.At).ToList(), CommunitySettings.DefaultFor("c1"), _topics, _now)
            .Members.Single(m => m.User == "author");

    private ActivityEvent RemoveAll(string messageId, string? emoji) =>
        _e.Reaction(ActivityEvent.AllUsers, messageId, TimeSpan.FromHours(1), emoji ?? "", removed: true) with { Emoji = emoji };

    [Fact]
    public void Compute_AllReactionsRemoved_NoneCountForTheAuthor()
    {
        var message = _e.Message("author", TimeSpan.FromHours(3), id: "m1");

        var score = Author(message, _e.Reaction("fan1", "m1", TimeSpan.FromHours(2)), _e.Reaction("fan2", "m1", TimeSpan.FromHours(2), "🔥"),
            RemoveAll("m1", null));

        Assert.Equal(0, score.ReactionsReceived);
    }

    [Fact]
    public void Compute_OneEmojiRemoved_OtherEmojiStillCounts()
    {
        var message = _e.Message("author", TimeSpan.FromHours(3), id: "m1");

        var score = Author(message, _e.Reaction("fan1", "m1", TimeSpan.FromHours(2)), _e.Reaction("fan2", "m1", TimeSpan.FromHours(2), "🔥"),
            RemoveAll("m1", "🔥"));

        Assert.Equal(1, score.ReactionsReceived);
    }
}
