namespace CommunityBot.Core.Engagement;

/// <summary>
/// A message as the scorer keeps it: what its text implies (computed once per text: the text itself is not kept),
/// its anti-farming status, and exactly what it credited, so that credit can be withdrawn when the message is
/// edited, deleted, re-judged or leaves the window. A state keeps one per message of its history, so it is packed:
/// every yes/no is a bit of <see cref="_flags"/>, the day and the amounts credited are recomputed from the time and
/// the flags (a state's decay reference and parameters never change), and the rare parts live in <see cref="MessageExtras"/>.
/// </summary>
internal sealed class ScoredMessage(string id, MemberState author, string channel, long ticks, int index)
{
    private MessageFlags _flags;
    private MessageExtras? _extras;

    public string Id { get; } = id;
    public MemberState Author { get; } = author;
    public string Channel { get; } = channel;
    public long Ticks { get; } = ticks;
    /// <summary>Position in <see cref="MemberState.Authored"/>.</summary>
    public int Index { get; } = index;
    public int Points { get; init; }
    public ScoredMessage? ReplyTarget { get; set; }
    /// <summary>Replies to this message, so deleting it can withdraw what they credited its author.</summary>
    public List<ScoredMessage>? Replies { get; set; }
    public MessageReactions? Reactions { get; set; }

    public bool IsReply { get => Has(MessageFlags.Reply); init => Set(MessageFlags.Reply, value); }
    public bool ThreadStart { get => Has(MessageFlags.ThreadStart); init => Set(MessageFlags.ThreadStart, value); }
    public bool Deleted { get => Has(MessageFlags.Deleted); set => Set(MessageFlags.Deleted, value); }

    public IReadOnlyList<string> Mentions
    {
        get => _extras?.Mentions ?? [];
        init
        {
            if (value.Count > 0)
            {
                (_extras ??= new()).Mentions = value;
            }
        }
    }

    // What the current text implies.
    /// <summary>64-bit hash of the normalized text, for the exact-repeat rule (0 for an empty text, which never repeats).</summary>
    public ulong TextHash { get; set; }
    public bool Short { get => Has(MessageFlags.Short); set => Set(MessageFlags.Short, value); }
    public bool Topical { get => Has(MessageFlags.Topical); set => Set(MessageFlags.Topical, value); }
    public bool SaysThanks { get => Has(MessageFlags.SaysThanks); set => Set(MessageFlags.SaysThanks, value); }

    // Anti-farming status, set by walking the author's messages in order.
    /// <summary>Zero (cooldown burst, exact repeat), the short-message factor, or full.</summary>
    public MessageFactor Factor
    {
        get => (MessageFactor)((int)(_flags & MessageFlags.FactorBits) >> FactorShift);
        set => _flags = (_flags & ~MessageFlags.FactorBits) | (MessageFlags)((int)value << FactorShift);
    }
    /// <summary>Counted for the cooldown: neither a burst nor a repeat.</summary>
    public bool Counted { get => Has(MessageFlags.Counted); set => Set(MessageFlags.Counted, value); }
    /// <summary>Earned points (at most once per cooldown per member).</summary>
    public bool Awarded { get => Has(MessageFlags.Awarded); set => Set(MessageFlags.Awarded, value); }
    public bool Judged { get => Has(MessageFlags.Judged); set => Set(MessageFlags.Judged, value); }

    /// <summary>What this message credited when it was last applied.</summary>
    public AppliedMessageCredit? Applied
    {
        get => Has(MessageFlags.Applied)
            ? new AppliedMessageCredit(Has(MessageFlags.AppliedInWindow), Has(MessageFlags.AppliedOwn),
                (MessageFactor)((int)(_flags & MessageFlags.AppliedFactorBits) >> AppliedFactorShift),
                Has(MessageFlags.AppliedOwnTopical), Has(MessageFlags.AppliedPoints), Has(MessageFlags.AppliedToReplyTarget),
                _extras?.Thanked ?? [])
            : null;
        set
        {
            _flags &= ~MessageFlags.AppliedBits;
            if (_extras is not null)
            {
                _extras.Thanked = null;
            }
            if (value is not { } a)
            {
                return;
            }
            _flags |= MessageFlags.Applied
                | (a.InWindow ? MessageFlags.AppliedInWindow : 0)
                | (a.Own ? MessageFlags.AppliedOwn : 0)
                | (MessageFlags)((int)a.OwnFactor << AppliedFactorShift)
                | (a.OwnTopical ? MessageFlags.AppliedOwnTopical : 0)
                | (a.Points ? MessageFlags.AppliedPoints : 0)
                | (a.ToReplyTarget ? MessageFlags.AppliedToReplyTarget : 0);
            if (a.Thanked.Length > 0)
            {
                (_extras ??= new()).Thanked = a.Thanked;
            }
        }
    }

    /// <summary>Type weights of DESIGN §4: topic start 2, reply 1.5, message 1.</summary>
    public double TypeWeight => ThreadStart ? 2 : IsReply ? 1.5 : 1;

    private const int FactorShift = 9;
    private const int AppliedFactorShift = 14;

    private bool Has(MessageFlags flag) => (_flags & flag) != 0;

    private void Set(MessageFlags flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    [Flags]
    private enum MessageFlags : uint
    {
        Reply = 1 << 0,
        ThreadStart = 1 << 1,
        Deleted = 1 << 2,
        Short = 1 << 3,
        Topical = 1 << 4,
        SaysThanks = 1 << 5,
        Counted = 1 << 6,
        Awarded = 1 << 7,
        Judged = 1 << 8,
        FactorBits = 3 << FactorShift,
        Applied = 1 << 11,
        AppliedInWindow = 1 << 12,
        AppliedOwn = 1 << 13,
        AppliedFactorBits = 3 << AppliedFactorShift,
        AppliedOwnTopical = 1 << 16,
        AppliedPoints = 1 << 17,
        AppliedToReplyTarget = 1 << 18,
        AppliedBits = Applied | AppliedInWindow | AppliedOwn | AppliedFactorBits | AppliedOwnTopical | AppliedPoints | AppliedToReplyTarget,
    }

    /// <summary>What few messages have: mentions (thanks go to them) and the members a thanks was credited to.</summary>
    private sealed class MessageExtras
    {
        public IReadOnlyList<string>? Mentions { get; set; }
        public MemberState[]? Thanked { get; set; }
    }
}

/// <summary>A message's anti-farming factor; its value comes from the community's parameters (<see cref="ScoringState"/>).</summary>
internal enum MessageFactor : byte
{
    /// <summary>A cooldown burst or an exact repeat: 0.</summary>
    Zero = 0,
    /// <summary>A short message: the short-message factor.</summary>
    Short = 1,
    /// <summary>1.</summary>
    Full = 2,
}

/// <summary>
/// The credits one message gave, kept as flags so they can be subtracted exactly: the amounts are recomputed the way
/// the credit computed them (the message's points, its type weight times the factor applied times its decay weight,
/// its reply target's author, which never changes once linked).
/// </summary>
internal readonly record struct AppliedMessageCredit(
    bool InWindow,
    bool Own,
    MessageFactor OwnFactor,
    bool OwnTopical,
    bool Points,
    bool ToReplyTarget,
    MemberState[] Thanked);
