using System.Globalization;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>The profile breakdown shared by /profile and /member: every number and the formula that joins them.</summary>
public static class ProfileView
{
    public static object Data(MemberScore s, Weights w, int rank, int pointsRank, int members, string? title = null) => new
    {
        user = s.User,
        name = s.Name,
        engagement = Math.Round(s.Engagement, 6),
        content = Math.Round(s.Content, 6),
        interest = Math.Round(s.Interest, 6),
        interaction = Math.Round(s.Interaction, 6),
        points = s.Points,
        level = s.Level,
        title,
        rank,
        pointsRank,
        members,
        weights = new { alpha = w.Alpha, beta = w.Beta, gamma = w.Gamma },
        messages = s.Messages,
        repliesReceived = s.RepliesReceived,
        reactionsReceived = s.ReactionsReceived,
        reactionsGiven = s.ReactionsGiven,
        thanksReceived = s.ThanksReceived,
        courseInteractions = s.CourseInteractions,
        lastActive = s.LastActive,
    };

    public static string Text(MemberScore s, Weights w, int rank, int pointsRank, int members, string? title = null)
    {
        var toNext = LevelCurve.TotalFor(s.Level + 1) - s.Points;
        var sum = w.Alpha + w.Beta + w.Gamma;
        return string.Join('\n',
            F($"{s.Name} — level {s.Level}{(title is null ? "" : " " + title)} ({s.Points:N0} points, {toNext:N0} to level {s.Level + 1})"),
            F($"Engagement U {s.Engagement:0.000} = ({w.Alpha:0.##}·C {s.Content:0.000} + {w.Beta:0.##}·I {s.Interest:0.000} + {w.Gamma:0.##}·R {s.Interaction:0.000}) / {sum:0.##}"),
            F($"  Content C {s.Content:0.000}: {s.RepliesReceived} replies, {s.ReactionsReceived} reactions and {s.ThanksReceived} thanks received"),
            F($"  Interest I {s.Interest:0.000}: share of activity on catalog topics, {s.CourseInteractions} course interactions"),
            F($"  Interaction R {s.Interaction:0.000}: {s.Messages} messages, {s.ReactionsGiven} reactions given"),
            rank > 0 ? F($"Rank #{rank} of {members} by engagement, #{pointsRank} by points") : "Not ranked (no activity in the scoring window)");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
