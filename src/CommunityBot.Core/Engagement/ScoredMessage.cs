namespace CommunityBot.Core.Engagement;

/// <summary>
/// A message as the scorer keeps it: what its text implies (computed once per text: the text itself is not kept),
/// its anti-farming status, and exactly what it credited, so that credit can be withdrawn when the message is
/// edited, deleted, re-judged or leaves the window.
/// </summary>
internal sealed class ScoredMessage(string id, MemberState author, string channel, long ticks, int index)
{
    public string Id { get; } = id;
    public MemberState Author { get; } = author;
    public string Channel { get; } = channel;
    public long Ticks { get; } = ticks;
    /// <summary>Position in <see cref="MemberState.Authored"/>.</summary>
    public int Index { get; } = index;
    public string? ReplyToId { get; init; }
    public ScoredMessage? ReplyTarget { get; set; }
    /// <summary>Replies to this message, so deleting it can withdraw what they credited its author.</summary>
    public List<ScoredMessage>? Replies { get; set; }
    public MessageReactions? Reactions { get; set; }
    public bool ThreadStart { get; init; }
    public IReadOnlyList<string> Mentions { get; set; } = [];
    public bool Deleted { get; set; }

    // What the current text implies.
    /// <summary>64-bit hash of the normalized text, for the exact-repeat rule (0 for an empty text, which never repeats).</summary>
    public ulong TextHash { get; set; }
    public bool Short { get; set; }
    public bool Topical { get; set; }
    public bool SaysThanks { get; set; }
    public int Points { get; init; }
    public required string Day { get; init; }

    // Anti-farming status, set by walking the author's messages in order.
    /// <summary>0 (cooldown burst, exact repeat), the short-message factor, or 1.</summary>
    public double Factor { get; set; }
    /// <summary>Counted for the cooldown: neither a burst nor a repeat.</summary>
    public bool Counted { get; set; }
    /// <summary>Earned points (at most once per cooldown per member).</summary>
    public bool Awarded { get; set; }
    public bool Judged { get; set; }

    /// <summary>What this message credited when it was last applied.</summary>
    public AppliedMessageCredit? Applied { get; set; }

    /// <summary>Type weights of DESIGN §4: topic start 2, reply 1.5, message 1.</summary>
    public double TypeWeight => ThreadStart ? 2 : ReplyToId is not null ? 1.5 : 1;
}

/// <summary>The credits one message gave, kept so they can be subtracted exactly (inline in the message: one is made per credit).</summary>
internal readonly record struct AppliedMessageCredit(
    bool InWindow,
    bool Own,
    double OwnRef,
    bool OwnTopical,
    int Points,
    MemberState? ReplyRecipient,
    MemberState[] Thanked);
