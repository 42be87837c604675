namespace CommunityBot.Demo;

public sealed partial class SampleCommunity
{
    private string Message(SampleMember author, string channel, DateTimeOffset at, string text, string? replyTo, string[]? mentions = null)
    {
        var id = NextMessageId();
        Emit(at, new
        {
            type = "message", platform = "demo", community, channel, id, user = author.Id, userName = author.Name,
            isBot = author.Role == SampleRole.Bot, ts = Ts(at), text, replyTo, mentions = mentions ?? [],
        });
        return id;
    }

    private void React(SampleMember reactor, string messageId, string emoji, DateTimeOffset at) =>
        Emit(at, new { type = "reaction", platform = "demo", community, channel = "help", messageId, user = reactor.Id, userName = reactor.Name, emoji, ts = Ts(at), removed = false });

    /// <summary>Learners click and buy courses on their topics: the collaborative signal recommendations learn from.</summary>
    private void AddCourseHistory(List<SampleMember> members)
    {
        foreach (var member in members.Where(m => m.Role is SampleRole.Learner or SampleRole.Regular or SampleRole.Expert))
        {
            foreach (var course in member.Interests.Where(_ => _random.NextDouble() < 0.45))
            {
                var at = DayStart(_random.Next(Math.Min(member.JoinedDaysAgo, Days - 1) + 1)).AddHours(20);
                Emit(at, new { type = "course_click", platform = "demo", community, user = member.Id, course = course.Id, ts = Ts(at) });
                if (_random.NextDouble() < 0.5)
                {
                    var bought = at.AddHours(1);
                    Emit(bought, new { type = "course_enroll", platform = "demo", community, user = member.Id, course = course.Id, ts = Ts(bought) });
                }
            }
        }
    }
}
