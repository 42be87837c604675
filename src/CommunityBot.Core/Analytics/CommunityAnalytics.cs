using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Analytics;

/// <summary>
/// Computes <see cref="AnalyticsReport"/> from the community's recent events and its members' first-seen times. Pure:
/// the same events, members and time give the same report. Bots are left out, and joining or leaving is not being
/// active; a question is a message with a question mark, answered when someone else replied to it.
/// </summary>
public static class CommunityAnalytics
{
    public const int Weeks = 8;
    private const int TopChannelCount = 5;

    public static AnalyticsReport Compute(IReadOnlyList<ActivityEvent> recent, IReadOnlyList<MemberScore> members, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var firstWeek = WeekOf(today).AddDays(-7 * (Weeks - 1));
        var events = recent.Where(e => !e.IsBot && DateOnly.FromDateTime(e.At.UtcDateTime) >= firstWeek && e.At <= now).ToList();
        var messages = events.Where(e => e.Kind == EventKind.Message).ToList();
        var acts = events.Where(e => e.Kind is not (EventKind.Join or EventKind.Leave)).ToList(); // joining or leaving is not taking part

        var byDay = acts.GroupBy(e => DateOnly.FromDateTime(e.At.UtcDateTime)).ToDictionary(g => g.Key,
            g => new DayActivity(g.Key, g.Count(e => e.Kind == EventKind.Message), g.Select(e => e.User).Distinct(StringComparer.Ordinal).Count()));
        var days = new List<DayActivity>();
        for (var day = firstWeek; day <= today; day = day.AddDays(1))
        {
            days.Add(byDay.GetValueOrDefault(day) ?? new DayActivity(day, 0, 0));
        }
        var weeklyActive = acts.Where(e => e.At > now.AddDays(-7)).Select(e => e.User).Distinct(StringComparer.Ordinal).Count();

        var weekStarts = Enumerable.Range(0, Weeks).Select(w => firstWeek.AddDays(7 * w)).ToList();
        var firstSeen = members.ToDictionary(m => m.User, m => WeekOf(DateOnly.FromDateTime(m.FirstSeen.UtcDateTime)), StringComparer.Ordinal);
        var flow = weekStarts.Select(w => new WeekMembers(w,
            firstSeen.Values.Count(f => f == w),
            events.Where(e => e.Kind == EventKind.Leave && WeekOf(DateOnly.FromDateTime(e.At.UtcDateTime)) == w).Select(e => e.User).Distinct(StringComparer.Ordinal).Count())).ToList();

        var activeByWeek = acts.GroupBy(e => WeekOf(DateOnly.FromDateTime(e.At.UtcDateTime)))
            .ToDictionary(g => g.Key, g => g.Select(e => e.User).ToHashSet(StringComparer.Ordinal));
        var retention = new List<Cohort>();
        foreach (var week in weekStarts)
        {
            var cohort = firstSeen.Where(f => f.Value == week).Select(f => f.Key).ToList();
            if (cohort.Count == 0)
            {
                continue;
            }
            var shares = weekStarts.Where(w => w >= week)
                .Select(w => activeByWeek.TryGetValue(w, out var active) ? (double)cohort.Count(active.Contains) / cohort.Count : 0).ToList();
            retention.Add(new Cohort(week, cohort.Count, shares));
        }

        var channels = messages.Where(m => m.Channel is { Length: > 0 }).GroupBy(m => m.Channel!, StringComparer.Ordinal)
            .Select(g => new ChannelCount(g.Key, g.Count())).OrderByDescending(c => c.Messages).ThenBy(c => c.Channel, StringComparer.Ordinal)
            .Take(TopChannelCount).ToList();

        var (questions, answered, median) = Answers(messages);
        return new AnalyticsReport(Weeks, days, weeklyActive, flow, retention, channels, questions, answered, median);
    }

    /// <summary>Questions, how many got a reply from someone else, and the median time to that first reply.</summary>
    private static (int Questions, int Answered, TimeSpan? Median) Answers(List<ActivityEvent> messages)
    {
        var firstReply = new Dictionary<string, List<ActivityEvent>>(StringComparer.Ordinal);
        foreach (var m in messages.Where(m => m.ReplyTo is not null))
        {
            if (!firstReply.TryGetValue(m.ReplyTo!, out var replies))
            {
                firstReply[m.ReplyTo!] = replies = [];
            }
            replies.Add(m);
        }
        var questions = messages.Where(m => m.MessageId is not null && m.Text is { } t && (t.Contains('?', StringComparison.Ordinal) || t.Contains('？', StringComparison.Ordinal))).ToList();
        var waits = new List<TimeSpan>();
        foreach (var q in questions)
        {
            if (firstReply.TryGetValue(q.MessageId!, out var replies)
                && replies.Where(r => r.User != q.User && r.At >= q.At).MinBy(r => r.At) is { } answer)
            {
                waits.Add(answer.At - q.At);
            }
        }
        waits.Sort();
        TimeSpan? median = waits.Count == 0 ? null
            : waits.Count % 2 == 1 ? waits[waits.Count / 2] : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2;
        return (questions.Count, waits.Count, median);
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
