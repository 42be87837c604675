using CommunityBot.Core.Activity;
using CommunityBot.Core.Analytics;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Tests.Analytics;

public sealed class CommunityAnalyticsTests
{
    // Monday 2026-12-07 12:00 UTC: the eighth week of the report starts today.
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static ActivityEvent Message(string user, DateTimeOffset at, string id, string text = "hello", string? replyTo = null, string channel = "general", bool bot = false) => new()
    {
        Kind = EventKind.Message, Platform = "test", Community = "c1", Channel = channel, User = user, At = at, MessageId = id,
        Text = text, ReplyTo = replyTo, IsBot = bot,
    };

    private static MemberScore Member(string user, DateTimeOffset firstSeen) => new() { Community = "c1", User = user, FirstSeen = firstSeen };

    [Fact]
    public void Compute_CountsDaysCohortsChannelsAndAnswers()
    {
        var week6 = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero); // a Monday
        var week7 = week6.AddDays(7);
        IReadOnlyList<ActivityEvent> events =
        [
            Message("ann", week6, "1", "how do I mount a volume?", channel: "help"),
            Message("bob", week6.AddMinutes(10), "2", "use -v", replyTo: "1", channel: "help"),
            Message("ann", week6.AddMinutes(20), "3", "and why does it fail?", channel: "help"),
            Message("ann", week6.AddMinutes(25), "4", "never mind", replyTo: "3", channel: "help"), // answering oneself is no answer
            Message("bob", week7, "5", "anyone here？", channel: "general"),
            Message("carl", week7.AddMinutes(30), "6", "yes", replyTo: "5"),
            Message("helperbot", week7, "7", "I am a bot?", bot: true),
            new ActivityEvent { Kind = EventKind.Leave, Platform = "test", Community = "c1", User = "carl", At = week7.AddDays(1) },
        ];
        IReadOnlyList<MemberScore> members = [Member("ann", week6), Member("bob", week6.AddHours(1)), Member("carl", week7)];

        var report = CommunityAnalytics.Compute(events, members, Now);

        Assert.Equal(CommunityAnalytics.Weeks * 7 - 6, report.Days.Count); // eight weeks up to today
        Assert.Equal(4, report.Days.Single(d => d.Day == DateOnly.FromDateTime(week6.UtcDateTime)).Messages);
        Assert.Equal(2, report.Days.Single(d => d.Day == DateOnly.FromDateTime(week7.UtcDateTime)).Messages); // the bot's is left out
        var flow = report.MemberFlow.ToDictionary(w => w.WeekStart);
        Assert.Equal((2, 0), (flow[new DateOnly(2026, 11, 23)].New, flow[new DateOnly(2026, 11, 23)].Left));
        Assert.Equal((1, 1), (flow[new DateOnly(2026, 11, 30)].New, flow[new DateOnly(2026, 11, 30)].Left));
        var first = report.Retention.Single(c => c.WeekStart == new DateOnly(2026, 11, 23));
        Assert.Equal(2, first.Size);
        Assert.Equal([1.0, 0.5, 0.0], first.Active); // both in their join week, only bob the week after, nobody this week
        Assert.Equal([new ChannelCount("help", 4), new ChannelCount("general", 2)], report.TopChannels);
        Assert.Equal((3, 2), (report.Questions, report.Answered)); // the bot's question is not counted
        Assert.Equal(TimeSpan.FromMinutes(20), report.MedianFirstAnswer); // 10 and 30 minutes
        Assert.Equal(0, report.WeeklyActiveMembers);
    }

    [Fact]
    public void Compute_NoEvents_EmptyButWhole()
    {
        var report = CommunityAnalytics.Compute([], [], Now);

        Assert.All(report.Days, d => Assert.Equal((0, 0), (d.Messages, d.ActiveMembers)));
        Assert.Empty(report.Retention);
        Assert.Null(report.MedianFirstAnswer);
        Assert.Equal(0, report.ReplyRate);
    }
}
