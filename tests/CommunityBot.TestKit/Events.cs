using CommunityBot.Core.Activity;

namespace CommunityBot.TestKit;

/// <summary>Builders for events of one test community, at times relative to a fixed "now".</summary>
public sealed class Events(DateTimeOffset now, string community = "c1", string platform = "test")
{
    private int _next;

    public DateTimeOffset Now { get; } = now;

    public ActivityEvent Message(string user, TimeSpan ago, string text = "a helpful message about things", string? replyTo = null,
        string channel = "general", string? id = null, bool isBot = false, IReadOnlyList<string>? mentions = null) => new()
    {
        Kind = EventKind.Message, Platform = platform, Community = community, Channel = channel, User = user, UserName = Name(user),
        IsBot = isBot, At = Now - ago, MessageId = id ?? "m" + (++_next), ReplyTo = replyTo, Text = text, Length = text.Length,
        Mentions = mentions ?? [],
    };

    public ActivityEvent Reaction(string user, string messageId, TimeSpan ago, string emoji = "👍", bool removed = false) => new()
    {
        Kind = removed ? EventKind.ReactionRemoved : EventKind.ReactionAdded, Platform = platform, Community = community,
        Channel = "general", User = user, UserName = Name(user), At = Now - ago, MessageId = messageId, Emoji = emoji,
    };

    public ActivityEvent Delete(string messageId, TimeSpan ago) => new()
    {
        Kind = EventKind.Delete, Platform = platform, Community = community, Channel = "general", User = "", At = Now - ago, MessageId = messageId,
    };

    public ActivityEvent Join(string user, TimeSpan ago) => new()
    {
        Kind = EventKind.Join, Platform = platform, Community = community, User = user, UserName = Name(user), At = Now - ago,
    };

    public static string Name(string user) => "Name of " + user;
}
