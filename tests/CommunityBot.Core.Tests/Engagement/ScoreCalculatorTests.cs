using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

public sealed class ScoreCalculatorTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly Events _e = new(_now);
    private readonly ITopicMatcher _topics = TestTopics.For("docker", "kubernetes");

    private Dictionary<string, MemberScore> Score(IEnumerable<ActivityEvent> events, CommunitySettings? settings = null) =>
        ScoreCalculator.Compute("c1", events.OrderBy(e => e.At).ToList(), settings ?? CommunitySettings.DefaultFor("c1"), _topics, _now)
            .Members.ToDictionary(m => m.User);

    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    [Fact]
    public void Compute_MemberWithMoreMessagesRepliesAndReactions_OutranksQuietMember()
    {
        var events = new List<ActivityEvent>();
        for (var i = 0; i < 10; i++)
        {
            var answer = _e.Message("expert", H(10 * i + 5), $"answer {i} about docker volumes", id: $"a{i}");
            events.Add(answer);
            events.Add(_e.Reaction("fan1", answer.MessageId!, H(10 * i + 4)));
            events.Add(_e.Reaction("fan2", answer.MessageId!, H(10 * i + 4)));
            events.Add(_e.Message("fan1", H(10 * i + 3), $"great explanation number {i}", replyTo: answer.MessageId));
        }
        events.Add(_e.Message("quiet", H(50), "hello all"));
        var scores = Score(events);
        Assert.True(scores["expert"].Engagement > scores["quiet"].Engagement);
        Assert.Equal(1.0, scores["expert"].Content, 10);
        Assert.Equal(0.0, scores["quiet"].Content, 10);
        Assert.Equal(10, scores["expert"].RepliesReceived);
        Assert.Equal(20, scores["expert"].ReactionsReceived);
    }

    [Fact]
    public void Compute_SpamBurstWithinCooldown_CountsAboutOnce()
    {
        var burst = Enumerable.Range(0, 20).Select(i => _e.Message("spammer", H(1) - TimeSpan.FromSeconds(i * 2), $"buy now number {i}"));
        var single = _e.Message("normal", H(1), "a single normal message");
        var scores = Score(burst.Append(single));
        Assert.Equal(1, scores["spammer"].Messages);
        Assert.Equal(scores["normal"].InteractionRaw, scores["spammer"].InteractionRaw, 6);
        Assert.InRange(scores["spammer"].Points, 15, 25);
    }

    [Fact]
    public void Compute_ExactRepeatAndShortMessages_AreDiscounted()
    {
        var day = TimeSpan.FromDays(1);
        var scores = Score(
        [
            _e.Message("a", day * 3, "same text here"), _e.Message("a", day * 2, "Same  TEXT here"), _e.Message("a", day, " same text here!"),
            _e.Message("b", day * 3, "ok"), _e.Message("c", day * 3, "a full sentence"),
        ]);
        Assert.Equal(2, scores["a"].Messages); // case and spacing make no new message; a "!" does
        Assert.Equal(scores["c"].InteractionRaw * 0.25, scores["b"].InteractionRaw, 10);
    }

    [Fact]
    public void Compute_BotAuthors_NeverScoreOrAppear()
    {
        var bot = _e.Message("bot", H(2), "daily tip about docker", isBot: true);
        var scores = Score([bot, _e.Message("human", H(1), "hi there everyone"), _e.Reaction("human", bot.MessageId!, H(1))]);
        Assert.False(scores.ContainsKey("bot"));
        Assert.True(scores.ContainsKey("human"));
    }

    [Fact]
    public void Compute_SelfReactionsAndToggling_FarmNothing()
    {
        var msg = _e.Message("a", H(5), "my own message");
        var toggles = Enumerable.Range(0, 5).SelectMany(i => new[]
        {
            _e.Reaction("b", msg.MessageId!, H(4) - TimeSpan.FromMinutes(2 * i)),
            _e.Reaction("b", msg.MessageId!, H(4) - TimeSpan.FromMinutes(2 * i + 1), removed: true),
        });
        var scores = Score(toggles.Append(msg).Append(_e.Reaction("a", msg.MessageId!, H(3))).Append(_e.Reaction("b", msg.MessageId!, H(2))));
        Assert.Equal(1, scores["a"].ReactionsReceived); // b's final reaction only; a's own reaction counts for nobody
        Assert.Equal(0, scores["a"].ReactionsGiven);
        Assert.Equal(1, scores["b"].ReactionsGiven);
    }

    [Fact]
    public void Compute_DeletedMessage_StopsCounting()
    {
        var msg = _e.Message("a", H(5), "to be deleted");
        var scores = Score([msg, _e.Reaction("b", msg.MessageId!, H(4)), _e.Delete(msg.MessageId!, H(3)), _e.Message("b", H(2), "still here")]);
        Assert.Equal(0, scores["a"].Messages);
        Assert.Equal(0, scores["a"].Points);
        Assert.Equal(0, scores["a"].ReactionsReceived);
    }

    [Fact]
    public void Compute_ReactionsPerMessage_CappedForContent()
    {
        var msg = _e.Message("a", H(10), "popular docker answer");
        var reactions = Enumerable.Range(0, 15).Select(i => _e.Reaction("r" + i, msg.MessageId!, H(1)));
        var scores = Score(reactions.Append(msg));
        Assert.Equal(15, scores["a"].ReactionsReceived);
        Assert.Equal(10 * ScoreFormulas.Decay(1.0 / 24, 7), scores["a"].ContentRaw, 6);
        Assert.Equal(MessagePoints.For(msg.MessageId!, 15, 25) + 15 * 2, scores["a"].Points); // 2 points per distinct reactor, uncapped
    }

    [Fact]
    public void Compute_EveryMember_SatisfiesEngagementFormula()
    {
        var events = new List<ActivityEvent>();
        for (var i = 0; i < 30; i++)
        {
            var m = _e.Message("u" + (i % 5), TimeSpan.FromHours(7 * i + 1), i % 3 == 0 ? "kubernetes question " + i : "chat " + i);
            events.Add(m);
            events.Add(_e.Reaction("u" + ((i + 1) % 5), m.MessageId!, TimeSpan.FromHours(7 * i)));
        }
        var w = Weights.Default with { Alpha = 2, Beta = 1, Gamma = 5 };
        foreach (var s in Score(events, CommunitySettings.DefaultFor("c1") with { Weights = w }).Values)
        {
            Assert.Equal((2 * s.Content + 1 * s.Interest + 5 * s.Interaction) / 8, s.Engagement, 12);
            Assert.InRange(s.Engagement, 0, 1);
        }
    }

    [Fact]
    public void Compute_TopicalMessages_RaiseInterest()
    {
        var scores = Score([_e.Message("topical", H(1), "Deploying with Docker today"), _e.Message("offtopic", H(1), "Nice weather today")]);
        Assert.True(scores["topical"].Interest > scores["offtopic"].Interest);
        Assert.Equal(1.0 / 3, scores["topical"].Interest, 2);
    }

    [Fact]
    public void Compute_ChineseMessageAboutCatalogTag_IsTopical()
    {
        var scores = ScoreCalculator.Compute("c1", [_e.Message("zh", H(1), "我想学机器学习，有推荐吗？"), _e.Message("other", H(1), "今天天气很好")],
            CommunityBot.Core.Communities.CommunitySettings.DefaultFor("c1"), TestTopics.For("机器学习"), _now).Members.ToDictionary(m => m.User);
        Assert.True(scores["zh"].TopicalRaw > 0);
        Assert.Equal(0, scores["other"].TopicalRaw);
    }

    [Fact]
    public void Compute_EventsOutsideWindow_CountForPointsNotForEngagement()
    {
        var scores = Score([_e.Message("old", TimeSpan.FromDays(45), "long ago"), _e.Message("new", H(1), "just now")]);
        Assert.False(scores["old"].Active);
        Assert.Equal(0, scores["old"].Engagement);
        Assert.InRange(scores["old"].Points, 15, 25);
    }

    [Fact]
    public void Compute_ThanksMentionAndPrayerEmoji_CountAsThanks()
    {
        var answer = _e.Message("helper", H(5), "use a named volume");
        var scores = Score([answer, _e.Message("asker", H(4), "thanks @helper!", replyTo: answer.MessageId, mentions: ["helper"]), _e.Reaction("other", answer.MessageId!, H(3), "🙏")]);
        Assert.Equal(2, scores["helper"].ThanksReceived);
    }
}
