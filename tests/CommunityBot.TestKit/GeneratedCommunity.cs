using System.Globalization;
using CommunityBot.Core.Activity;

namespace CommunityBot.TestKit;

/// <summary>
/// A deterministic random community for equivalence tests: messages (replies, topic starts, short ones, exact
/// repeats, cooldown bursts, thanks), reactions (thanks emoji, self-reactions, repeats), joins, XP, course events.
/// With <paramref name="mutations"/> also edits, deletions, reaction removals (one member's and Discord's
/// remove-all), and replies to messages that are only sent later.
/// </summary>
public sealed class GeneratedCommunity(int seed, string community = "gen", bool mutations = false)
{
    private readonly List<(string Message, string User, string Emoji)> _reactions = [];
    private readonly Random _random = new(seed);
    private readonly List<(string Id, string Author, string Text)> _messages = [];
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
        if (mutations && roll < 0.7)
        {
            return Mutation(roll, user, at);
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

    public int MessageCount => _messages.Count;

    /// <summary>
    /// Edits and deletions of any earlier message (or of those <paramref name="among"/>), at [from, to): half the edits give a message the text of its
    /// author's next one, which turns that one into an exact repeat.
    /// </summary>
    public List<ActivityEvent> Rewrites(int count, DateTimeOffset from, DateTimeOffset to, Range? among = null)
    {
        var (first, length) = (among ?? Range.All).GetOffsetAndLength(_messages.Count);
        var step = (to - from).Ticks / count;
        var events = new List<ActivityEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = from + TimeSpan.FromTicks(step * i);
            at = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            var pick = first + _random.Next(length);
            var (id, author, _) = _messages[pick];
            if (_random.NextDouble() < 0.25)
            {
                events.Add(Base(EventKind.Delete, author, at) with { MessageId = id });
                continue;
            }
            var next = _messages.FindIndex(pick + 1, m => m.Author == author);
            var text = next > 0 && _random.NextDouble() < 0.5 ? _messages[next].Text : _texts[_random.Next(_texts.Length)];
            events.Add(Base(EventKind.Edit, author, at) with { MessageId = id, Text = text, Nonce = "r" + at.Ticks });
        }
        return events;
    }

    private ActivityEvent Mutation(double roll, string user, DateTimeOffset at)
    {
        var (id, author, _) = _messages[_random.Next(Math.Max(0, _messages.Count - 40), _messages.Count)];
        if (roll < 0.58 || _reactions.Count == 0)
        {
            return roll < 0.55
                ? Base(EventKind.Edit, author, at) with { MessageId = id, Text = _texts[_random.Next(_texts.Length)], Nonce = "e" + at.Ticks }
                : Base(EventKind.Delete, author, at) with { MessageId = id };
        }
        var reaction = _reactions[_random.Next(Math.Max(0, _reactions.Count - 60), _reactions.Count)];
        return roll < 0.68
            ? Base(EventKind.ReactionRemoved, reaction.User, at) with { MessageId = reaction.Message, Emoji = reaction.Emoji }
            : Base(EventKind.ReactionRemoved, ActivityEvent.AllUsers, at) with { MessageId = reaction.Message, Emoji = _random.NextDouble() < 0.5 ? null : reaction.Emoji };
    }

    private ActivityEvent Message(string user, DateTimeOffset at)
    {
        var id = "m" + _messages.Count.ToString(CultureInfo.InvariantCulture);
        var target = _messages.Count > 0 && _random.NextDouble() < 0.3 ? _messages[_random.Next(Math.Max(0, _messages.Count - 20), _messages.Count)] : default;
        var text = _texts[_random.Next(_texts.Length)];
        _messages.Add((id, user, text));
        var replyTo = mutations && _random.NextDouble() < 0.05 ? "m" + (_messages.Count + 2).ToString(CultureInfo.InvariantCulture) : target.Id;
        return Base(EventKind.Message, user, at) with
        {
            Channel = _random.NextDouble() < 0.7 ? "general" : "help", MessageId = id, ReplyTo = replyTo, Text = text,
            Length = text.Length, ThreadStart = _random.NextDouble() < 0.05,
            Mentions = target.Author is not null && _random.NextDouble() < 0.5 ? [target.Author, "u" + _random.Next(40)] : [],
        };
    }

    private ActivityEvent Reaction(string user, DateTimeOffset at)
    {
        var target = _messages[_random.Next(Math.Max(0, _messages.Count - 30), _messages.Count)];
        var emoji = _emojis[_random.Next(_emojis.Length)];
        _reactions.Add((target.Id, user, emoji));
        return Base(EventKind.ReactionAdded, user, at) with { MessageId = target.Id, Emoji = emoji };
    }

    private ActivityEvent Base(EventKind kind, string user, DateTimeOffset at) => new()
    {
        Kind = kind, Platform = "test", Community = community, Channel = "general", User = user, UserName = "Name " + user, At = at,
    };
}
