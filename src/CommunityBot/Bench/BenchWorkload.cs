using System.Globalization;
using CommunityBot.Core.Activity;

namespace CommunityBot.Bench;

/// <summary>
/// A deterministic synthetic network: several communities, heavy-tailed (Pareto) activity per member, a mix of
/// messages, replies, topic starts, reactions, removals, edits and deletions, texts that mention catalog topics.
/// Events come in time order over <see cref="SpanDays"/> days ending at <c>end</c>; enumerating twice gives the
/// same events, so the pipeline and the raw LiteDB baseline insert identical documents without holding them all.
/// </summary>
public sealed partial class BenchWorkload(BenchSize size, DateTimeOffset end, IReadOnlyList<string> topics)
{
    public const double SpanDays = 60;
    private const int Seed = 20_261_129;

    public IEnumerable<ActivityEvent> Events() => Generate(0, size.Events, end - TimeSpan.FromDays(SpanDays), end);

    /// <summary>New events in the <paramref name="hour"/>-th hour after the workload's end (each hour its own stream).</summary>
    public IEnumerable<ActivityEvent> MoreEvents(int count, int hour = 1) =>
        Generate(hour, count, end + TimeSpan.FromHours(hour - 1), end + TimeSpan.FromHours(hour));

    private IEnumerable<ActivityEvent> Generate(int stream, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var state = new GeneratorState(size, new Random(Seed + stream), "s" + stream.ToString(CultureInfo.InvariantCulture));
        var step = (to - from).Ticks / Math.Max(1, count);
        for (var i = 0; i < count; i++)
        {
            var at = from + TimeSpan.FromTicks(step * i);
            yield return Next(state, new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero));
        }
    }

    private ActivityEvent Next(GeneratorState s, DateTimeOffset at)
    {
        var community = s.Random.Next(s.Communities.Length);
        var roll = s.Random.NextDouble();
        var c = s.Communities[community];
        if (c.RecentCount == 0 || roll < 0.56)
        {
            return Message(s, community, at);
        }
        return roll switch
        {
            < 0.95 => Reaction(s, community, at, removed: false),
            < 0.97 => Reaction(s, community, at, removed: true),
            < 0.99 => Edit(s, community, at),
            _ => Delete(s, community, at),
        };
    }

    private ActivityEvent Message(GeneratorState s, int community, DateTimeOffset at)
    {
        var c = s.Communities[community];
        var user = c.PickMember(s.Random);
        var id = s.Prefix + "-" + (++s.MessageCounter).ToString(CultureInfo.InvariantCulture);
        (string Id, string Author)? reply = c.RecentCount > 0 && s.Random.NextDouble() < 0.3 ? c.PickRecent(s.Random) : null;
        var text = Text(s, reply is not null);
        var evt = new ActivityEvent
        {
            Kind = EventKind.Message, Platform = "bench", Community = c.Id, Channel = SyntheticCommunity.PickChannel(s.Random),
            User = user, UserName = "Member " + user, At = at, MessageId = id, ReplyTo = reply?.Id,
            Text = text, Length = text.Length, ThreadStart = s.Random.NextDouble() < 0.03,
            Mentions = reply is not null && s.Random.NextDouble() < 0.2 ? [reply.Value.Author] : [],
        };
        c.Remember(id, user);
        return evt;
    }

    private static ActivityEvent Reaction(GeneratorState s, int community, DateTimeOffset at, bool removed)
    {
        var c = s.Communities[community];
        var target = c.PickRecent(s.Random);
        return new ActivityEvent
        {
            Kind = removed ? EventKind.ReactionRemoved : EventKind.ReactionAdded, Platform = "bench", Community = c.Id,
            Channel = "general", User = c.PickMember(s.Random), At = at, MessageId = target.Id,
            Emoji = _emojis[s.Random.Next(_emojis.Length)],
        };
    }

    private ActivityEvent Edit(GeneratorState s, int community, DateTimeOffset at)
    {
        var c = s.Communities[community];
        var target = c.PickRecent(s.Random);
        var text = Text(s, reply: false);
        return new ActivityEvent
        {
            Kind = EventKind.Edit, Platform = "bench", Community = c.Id, Channel = "general", User = target.Author,
            At = at, MessageId = target.Id, Text = text, Length = text.Length,
        };
    }

    private static ActivityEvent Delete(GeneratorState s, int community, DateTimeOffset at)
    {
        var c = s.Communities[community];
        var target = c.PickRecent(s.Random);
        if (!s.Deleted.Add(target.Id))
        {
            return Reaction(s, community, at, removed: false); // a message is deleted once: keys stay unique
        }
        return new ActivityEvent
        {
            Kind = EventKind.Delete, Platform = "bench", Community = c.Id, Channel = "general", User = target.Author,
            At = at, MessageId = target.Id,
        };
    }

    private string Text(GeneratorState s, bool reply)
    {
        var roll = s.Random.NextDouble();
        var topic = topics.Count > 0 ? topics[s.Random.Next(topics.Count)] : "things";
        return roll switch
        {
            < 0.05 => "ok",
            < 0.10 when reply => "thanks, that solved it!",
            < 0.35 => $"has anyone used {topic} in production? I keep hitting issue #{s.Random.Next(1000)}",
            < 0.55 => $"here is how I set up {topic}: step {s.Random.Next(10)}, then restart and check the logs",
            _ => _chatter[s.Random.Next(_chatter.Length)] + " " + s.Random.Next(100_000).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static readonly string[] _emojis = ["👍", "👍", "👍", "❤️", "😂", "🎉", "🙏", "✅", "👀"];

    private static readonly string[] _chatter =
    [
        "good morning everyone", "did you see the announcement", "weekend plans anyone", "that meme is great",
        "what are you all working on today", "coffee first, then code", "just finished the assignment",
    ];
}
