namespace CommunityBot.Core.Engagement;

/// <summary>A message as the scorer sees it after edits and deletions are applied.</summary>
internal sealed class TrackedMessage(string id, string author, string channel, DateTimeOffset at)
{
    public string Id { get; } = id;
    public string Author { get; } = author;
    public string Channel { get; } = channel;
    public DateTimeOffset At { get; } = at;
    public string? ReplyTo { get; init; }
    public string? Text { get; set; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public bool ThreadStart { get; init; }
    public bool Deleted { get; set; }
    public bool Topical { get; set; }
    /// <summary>Anti-farming factor: 0 (cooldown burst, exact repeat), 0.25 (short), 1.</summary>
    public double Factor { get; set; } = 1;

    /// <summary>Type weights of DESIGN §4: topic start 2, reply 1.5, message 1.</summary>
    public double TypeWeight => ThreadStart ? 2 : ReplyTo is not null ? 1.5 : 1;
}
