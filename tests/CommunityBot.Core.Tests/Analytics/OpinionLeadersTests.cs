using CommunityBot.Core.Activity;
using CommunityBot.Core.Analytics;

namespace CommunityBot.Core.Tests.Analytics;

public sealed class OpinionLeadersTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static ActivityEvent Message(string user, string id, string? replyTo = null, bool bot = false) => new()
    {
        Kind = EventKind.Message, Platform = "test", Community = "c1", User = user, UserName = user.ToUpperInvariant(), At = At,
        MessageId = id, ReplyTo = replyTo, Text = "text", IsBot = bot,
    };

    private static ActivityEvent Reaction(string user, string messageId) => new()
    {
        Kind = EventKind.ReactionAdded, Platform = "test", Community = "c1", User = user, At = At.AddMinutes(1), MessageId = messageId, Emoji = "👍",
    };

    [Fact]
    public void Find_RanksByDistinctMembersReached_NotByVolume()
    {
        IReadOnlyList<ActivityEvent> events =
        [
            Message("ann", "a1"), Message("ann", "a2"),
            Message("bob", "b1", replyTo: "a1"), Message("bob", "b2", replyTo: "a2"), Reaction("carl", "a1"), Reaction("dana", "a2"),
            Message("eve", "e1"),
            // eve gets many replies, but all from one member, plus her own and a bot's
            Message("bob", "b3", replyTo: "e1"), Message("bob", "b4", replyTo: "e1"), Message("bob", "b5", replyTo: "e1"),
            Message("eve", "e2", replyTo: "e1"), Message("helper", "h1", replyTo: "e1", bot: true), Reaction("eve", "e1"),
        ];
        var interests = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["ann"] = new Dictionary<string, double> { ["docker"] = 2, ["sql"] = 1, ["go"] = 0.5 } };

        var leaders = OpinionLeaders.Find(events, interests);

        Assert.Equal(["ann", "eve"], leaders.Select(l => l.User).Take(2));
        Assert.Equal((3, 1, 2, "ANN"), (leaders[0].Reach, leaders[0].Repliers, leaders[0].Reactors, leaders[0].Name));
        Assert.Equal(["docker", "sql"], leaders[0].Topics);
        Assert.Equal((1, 1, 0), (leaders[1].Reach, leaders[1].Repliers, leaders[1].Reactors));
    }
}
