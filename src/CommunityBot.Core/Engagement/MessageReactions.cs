namespace CommunityBot.Core.Engagement;

/// <summary>
/// The current reactions on one message (a reaction removed is gone, so toggling farms nothing) and what they
/// credited when last applied. Exists before its message is seen when reactions arrive first. A state keeps one per
/// reacted message and most have one or two reactions, so they are held in an array grown by doubling from one
/// rather than in a list (whose own object and first four slots were most of a message's reaction memory).
/// </summary>
internal sealed class MessageReactions(string messageId)
{
    private (MemberState Reactor, string Emoji, long Ticks)[] _current = [];
    private int _count;

    public string MessageId { get; } = messageId;
    public ScoredMessage? Message { get; set; }
    public ReadOnlySpan<(MemberState Reactor, string Emoji, long Ticks)> Current => _current.AsSpan(0, _count);
    public AppliedReaction[] Applied { get; set; } = [];
    public bool Dirty { get; set; }

    public void Add(MemberState reactor, string emoji, long ticks)
    {
        if (_count == _current.Length)
        {
            Array.Resize(ref _current, Math.Max(1, _count * 2));
        }
        _current[_count++] = (reactor, emoji, ticks);
    }

    public void RemoveAt(int index)
    {
        _count--;
        Array.Copy(_current, index + 1, _current, index, _count - index);
        _current[_count] = default;
    }

    /// <summary>Removes every reaction with <paramref name="emoji"/> (all of them when null), keeping the others in order; whether any went.</summary>
    public bool RemoveEmoji(string? emoji)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (emoji is not null && _current[i].Emoji != emoji)
            {
                _current[kept++] = _current[i];
            }
        }
        var removed = kept < _count;
        Array.Clear(_current, kept, _count - kept);
        _count = kept;
        return removed;
    }
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
