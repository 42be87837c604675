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

/// <summary>One reactor's credit on one message: reaction given (R); reaction received, thanks (C) and points on <paramref name="Day"/> to its author when the message is known.</summary>
internal readonly record struct AppliedReaction(
    MemberState Reactor,
    long Ticks,
    double GivenRef,
    bool GivenTopical,
    bool InWindow,
    double ReceivedRef,
    bool Thanks,
    MemberState? Author,
    string? Day);
