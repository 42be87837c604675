using System.Globalization;
using CommunityBot.Core.Activity;

namespace CommunityBot.TestKit;

/// <summary>
/// A deterministic random community for equivalence tests: messages (replies, topic starts, short ones, exact
/// repeats, cooldown bursts, thanks), reactions (thanks emoji, self-reactions, repeats), joins, XP, course events.
/// </summary>
public sealed class GeneratedCommunity(int seed, string community = "gen")
{
    private readonly Random _random = new(seed);
    private readonly List<(string Id, string Author)> _messages = [];
    private static readonly string[] _texts =
        ["thanks @x, that fixed my docker build", "ok", "how do I deploy kubernetes pods?", "same here", "lol",
         "thank you so much!", "here is my dockerfile, any ideas", "good morning", "🔥🔥"];
    private static readonly string[] _emojis = ["👍", "🙏", "✅", "😂", "👍"];

    /// <summary><paramref name="count"/> events evenly spread over [from, to), append-only (no edits, deletions or removals).</summary>
    public List<ActivityEvent> Events(int count, DateTimeOffset from, DateTimeOffset to, int members = 25)
    {
        var step = (to - from).Ticks / count;
        var events = new List<ActivityEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = from + TimeSpan.FromTicks(step * i);
            at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            var user = "u" + Math.Min(members - 1, (int)(members * Math.Pow(_random.NextDouble(), 2))).ToString(CultureInfo.InvariantCulture);
            events.Add(Next(user, at));
        }
        return events;
    }

    public ActivityEvent EditOfFirstMessage(DateTimeOffset at) => Base(EventKind.Edit, _messages[0].Author, at) with
    {
        MessageId = _messages[0].Id, Text = "edited: now about kubernetes",
    };

    private ActivityEvent Next(string user, DateTimeOffset at)
    {
        var roll = _random.NextDouble();
        if (_messages.Count == 0 || roll < 0.5)
        {
            return Message(user, at);
        }
        return roll switch
        {
            < 0.9 => Reaction(user, at),
            < 0.93 => Base(EventKind.Join, user, at),
            < 0.95 => Base(EventKind.XpAdjusted, user, at) with { Value = _random.Next(-20, 50), Nonce = "xp" + at.Ticks },
            < 0.97 => Base(EventKind.CourseEnrolled, user, at) with { Course = "c" + _random.Next(5) },
            < 0.99 => Base(EventKind.RecommendationShown, user, at) with { Course = "c1", Value = _random.NextDouble() },
            _ => Base(EventKind.RecommendationFeedback, user, at) with { Course = "c2", Detail = "up" },
        };
    }

    private ActivityEvent Message(string user, DateTimeOffset at)
    {
        var id = "m" + _messages.Count.ToString(CultureInfo.InvariantCulture);
        var target = _messages.Count > 0 && _random.NextDouble() < 0.3 ? _messages[_random.Next(Math.Max(0, _messages.Count - 20), _messages.Count)] : default;
        var text = _texts[_random.Next(_texts.Length)];
        _messages.Add((id, user));
        return Base(EventKind.Message, user, at) with
        {
            Channel = _random.NextDouble() < 0.7 ? "general" : "help", MessageId = id, ReplyTo = target.Id, Text = text,
            Length = text.Length, ThreadStart = _random.NextDouble() < 0.05,
            Mentions = target.Author is not null && _random.NextDouble() < 0.5 ? [target.Author, "u" + _random.Next(40)] : [],
        };
    }

    private ActivityEvent Reaction(string user, DateTimeOffset at)
    {
        var target = _messages[_random.Next(Math.Max(0, _messages.Count - 30), _messages.Count)];
        return Base(EventKind.ReactionAdded, user, at) with { MessageId = target.Id, Emoji = _emojis[_random.Next(_emojis.Length)] };
    }

    private ActivityEvent Base(EventKind kind, string user, DateTimeOffset at) => new()
    {
        Kind = kind, Platform = "test", Community = community, Channel = "general", User = user, UserName = "Name " + user, At = at,
    };
}
