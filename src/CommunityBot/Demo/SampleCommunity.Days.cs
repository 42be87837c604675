namespace CommunityBot.Demo;

public sealed partial class SampleCommunity
{
    private static readonly string[] _questions =
    [
        "How do I get started with {0}? Any course you would recommend?",
        "Struggling with {0} today — my setup keeps failing. Tips?",
        "What's the best way to practice {0} after work?",
        "Is {0} worth learning for a career switch?",
        "Can someone explain {0} like I'm five?",
    ];

    private static readonly string[] _answers =
    [
        "For {0}, start small: build one tiny project end to end, then read the docs for what broke.",
        "I had the same problem with {0}. Check your config first, then the logs; it is almost always a path issue.",
        "{0} clicked for me after pairing with someone for a week. Happy to do a call.",
        "Good question! With {0} the key idea is to automate the boring parts first.",
        "Here is my checklist for {0}: read the error, reproduce it, write a test, fix, then share the fix here.",
    ];

    private static readonly string[] _chatter =
    [
        "Good morning everyone! Coffee and {0} today.", "Just finished the module on {0}, feeling good",
        "Anyone joining the live session on {0} this week?", "lol", "ok", "👍", "Weekend plans: finally learning {0}",
        "Shared my notes on {0} in the showcase channel", "This community is great, thanks all",
    ];

    private static readonly string[] _chatChannels = ["general", "off-topic"];
    private static readonly string[] _questionChannels = ["help", "general", "career"];
    private static readonly string[] _reactions = ["👍", "🔥", "❤️", "🎉", "💯"];

    private void SimulateDay(List<SampleMember> members, int daysAgo)
    {
        var present = members.Where(m => m.JoinedDaysAgo >= daysAgo).ToList();
        var experts = present.Where(m => m.Role == SampleRole.Expert).ToList();
        var askers = present.Where(m => m.Role is SampleRole.Learner or SampleRole.Newcomer or SampleRole.Regular).ToList();
        var threads = 4 + _random.Next(4);
        for (var t = 0; t < threads && experts.Count > 0 && askers.Count > 0; t++)
        {
            var start = DayStart(daysAgo).AddHours(8 + _random.Next(12)).AddMinutes(_random.Next(60));
            QuestionThread(Pick(askers), experts, present, start);
        }
        foreach (var regular in present.Where(m => m.Role == SampleRole.Regular && _random.NextDouble() < 0.6))
        {
            var at = DayStart(daysAgo).AddHours(7 + _random.Next(15)).AddMinutes(_random.Next(60));
            var id = Message(regular, Pick(_chatChannels), at, string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(_chatter), Pick(Pick(regular.Interests).Keywords)), null);
            ReactFrom(present, regular, id, at, 1 + _random.Next(2));
        }
        if (present.Any(m => m.Role == SampleRole.Bot))
        {
            Message(present.First(m => m.Role == SampleRole.Bot), "announcements", DayStart(daysAgo).AddHours(9), "Daily tip: " + Pick(Pick(courses).Keywords) + " — check the course catalog!", null);
        }
        if (present.FirstOrDefault(m => m.Role == SampleRole.Spammer) is { } spammer && daysAgo % 4 == 0)
        {
            SpamBurst(spammer, DayStart(daysAgo).AddHours(14));
        }
    }

    private void QuestionThread(SampleMember asker, List<SampleMember> experts, List<SampleMember> present, DateTimeOffset at)
    {
        var topic = Pick(asker.Interests);
        var keyword = Pick(topic.Keywords);
        var question = Message(asker, Pick(_questionChannels), at, string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(_questions), keyword), null);
        var answerers = experts.Where(e => _random.NextDouble() < 0.5).Take(2).DefaultIfEmpty(Pick(experts)).ToList();
        foreach (var expert in answerers)
        {
            at = at.AddMinutes(5 + _random.Next(90));
            var answer = Message(expert, "help", at, string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(_answers), keyword), question);
            ReactFrom(present, expert, answer, at, 1 + _random.Next(5));
            if (_random.NextDouble() < 0.5)
            {
                at = at.AddMinutes(3 + _random.Next(30));
                Message(asker, "help", at, $"Thanks @{expert.Name}, that fixed it!", answer, [expert.Id]);
            }
            else if (_random.NextDouble() < 0.5)
            {
                React(asker, answer, "🙏", at.AddMinutes(2));
            }
        }
    }

    private void SpamBurst(SampleMember spammer, DateTimeOffset at)
    {
        for (var i = 0; i < 6; i++)
        {
            Message(spammer, "general", at.AddSeconds(i * 5), "BUY CHEAP COURSES NOW!!! link in bio", null);
        }
    }

    private void ReactFrom(List<SampleMember> present, SampleMember author, string messageId, DateTimeOffset at, int count)
    {
        var reactors = present.Where(m => m.Id != author.Id && m.Role is not SampleRole.Bot and not SampleRole.Spammer)
            .OrderBy(_ => _random.Next()).Take(count).ToList();
        foreach (var reactor in reactors)
        {
            React(reactor, messageId, Pick(_reactions), at.AddMinutes(1 + _random.Next(120)));
        }
    }
}
