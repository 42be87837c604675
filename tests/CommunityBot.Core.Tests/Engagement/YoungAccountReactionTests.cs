using CommunityBot.Core.Activity;
using CommunityBot.Core.Admin;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

/// <summary>Reactions from freshly made accounts (a farming pattern) are ignored once a community sets min_reactor_age_days.</summary>
public sealed class YoungAccountReactionTests
{
    private static readonly DateTimeOffset _now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly ITopicMatcher _topics = TestTopics.For("docker");

    private Dictionary<string, MemberScore> Score(IEnumerable<ActivityEvent> events, int minDays) =>
        ScoreCalculator.Compute("c1", events.OrderBy(e => e.At).ToList(),
                CommunitySettings.DefaultFor("c1") with { Scoring = new ScoringParameters { MinReactorAccountDays = minDays } }, _topics, _now)
            .Members.ToDictionary(m => m.User);

    private static string Snowflake(DateTimeOffset created) =>
        (((ulong)(created.ToUnixTimeMilliseconds() - 1_420_070_400_000)) << 22 | 4242).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void WithoutDiscordIds_AgeIsTimeSinceFirstSeen()
    {
        var e = new Events(_now, platform: "telegram");
        var post = e.Message("author", TimeSpan.FromHours(5), "a docker answer", id: "p");
        ActivityEvent[] events =
        [
            e.Message("veteran", TimeSpan.FromDays(30), "hello from long ago"),
            post,
            e.Message("fresh", TimeSpan.FromHours(2), "just joined"),
            e.Reaction("veteran", "p", TimeSpan.FromHours(1)),
            e.Reaction("fresh", "p", TimeSpan.FromHours(1)),
            e.Reaction("stranger", "p", TimeSpan.FromHours(1)), // first seen at this very reaction
        ];

        var off = Score(events, 0);
        var on = Score(events, 7);

        Assert.Equal(3, off["author"].ReactionsReceived);
        Assert.Equal(1, on["author"].ReactionsReceived);
        Assert.Equal(1, on["veteran"].ReactionsGiven);
        Assert.Equal(0, on["fresh"].ReactionsGiven);
        Assert.Equal(0, on["stranger"].ReactionsGiven);
        Assert.True(on["author"].Points < off["author"].Points);
    }

    [Fact]
    public void DiscordIds_AgeIsTheSnowflakesCreationTime()
    {
        var e = new Events(_now, platform: "discord");
        var old = Snowflake(_now.AddYears(-2));
        var young = Snowflake(_now.AddDays(-1));
        var post = e.Message("author", TimeSpan.FromHours(5), "a docker answer", id: "p");
        // Both are first seen now: only the id tells an old account from a new one.
        ActivityEvent[] events = [post, e.Reaction(old, "p", TimeSpan.FromHours(1)), e.Reaction(young, "p", TimeSpan.FromHours(1))];

        var on = Score(events, 7);

        Assert.Equal(1, on["author"].ReactionsReceived);
        Assert.Equal(1, on[old].ReactionsGiven);
        Assert.Equal(0, on[young].ReactionsGiven);
        Assert.Equal(2, Score(events, 0)["author"].ReactionsReceived);
    }

    [Fact]
    public void ARemovedIgnoredReaction_TakesNothingAway()
    {
        var e = new Events(_now, platform: "telegram");
        var post = e.Message("author", TimeSpan.FromDays(20), "a docker answer", id: "p");
        ActivityEvent[] events =
        [
            post,
            e.Message("friend", TimeSpan.FromDays(28), "been here a while"),
            e.Reaction("friend", "p", TimeSpan.FromDays(19)),
            e.Reaction("fresh", "p", TimeSpan.FromHours(3)),
            e.Reaction("fresh", "p", TimeSpan.FromHours(2), removed: true),
        ];
        var on = Score(events, 7);
        Assert.Equal(1, on["author"].ReactionsReceived);
        Assert.Equal(0, on["fresh"].ReactionsGiven);
    }

    [Fact]
    public void AccountAge_ReadsDiscordsDocumentedSnowflake()
    {
        // Discord's documentation: 175928847299117063 was made at 2016-04-30 11:18:25.796 UTC.
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero),
            AccountAge.CreatedAt("discord", "175928847299117063", _now));
        Assert.Equal(_now, AccountAge.CreatedAt("telegram", "175928847299117063", _now));
        Assert.Equal(_now, AccountAge.CreatedAt("discord", "u1", _now));
        Assert.Equal(_now, AccountAge.CreatedAt("discord", "12", _now)); // too small to carry a time
        Assert.Equal(_now, AccountAge.CreatedAt("discord", "-5", _now));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("3651")]
    [InlineData("1e3")]
    public void Config_BadAge_RefusedWithTheRange(string value)
    {
        var error = Assert.Throws<CommandUsageException>(() => ConfigChanges.Apply(CommunitySettings.DefaultFor("c1"), "min_reactor_age_days", value));
        Assert.Contains("from 0 to 3650", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_Age_Saved() =>
        Assert.Equal(14, ConfigChanges.Apply(CommunitySettings.DefaultFor("c1"), "min_reactor_age_days", "14").Scoring.MinReactorAccountDays);
}
