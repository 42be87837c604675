namespace CommunityBot.Core.Engagement;

/// <summary>
/// The current reactions on one message (a reaction removed is gone, so toggling farms nothing) and what they
/// credited when last applied. Exists before its message is seen when reactions arrive first.
/// </summary>
internal sealed class MessageReactions(string messageId)
{
    public string MessageId { get; } = messageId;
    public ScoredMessage? Message { get; set; }
    public List<(MemberState Reactor, string Emoji, long Ticks)> Current { get; } = [];
    public AppliedReaction[] Applied { get; set; } = [];
    public bool Dirty { get; set; }
}

/// <summary>
/// One reactor's credit on one message, in 24 bytes (a state keeps one per reaction). The amounts are not kept: the
/// withdrawal recomputes them from the time, as the credit did (a state's decay reference never moves), and the
/// author is the message's, which never changes once known.
/// </summary>
internal readonly record struct AppliedReaction(MemberState Reactor, long Ticks, ReactionCredit Gave)
{
    public bool InWindow => Gave.HasFlag(ReactionCredit.InWindow);
}

/// <summary>What an <see cref="AppliedReaction"/> credited.</summary>
[Flags]
internal enum ReactionCredit : byte
{
    None = 0,
    /// <summary>In the window: counted as given (R) and, with <see cref="ToAuthor"/>, as received.</summary>
    InWindow = 1,
    /// <summary>The reaction given counted as topical (I).</summary>
    Topical = 2,
    /// <summary>The message's author was known: points to them, and in the window a reaction received.</summary>
    ToAuthor = 4,
    /// <summary>Within the cap per message: the reaction received brought content value (C).</summary>
    Valued = 8,
    /// <summary>A thanks emoji: a thanks to the author.</summary>
    Thanks = 16,
}
