namespace CommunityBot.Core.Engagement;

/// <summary>
/// One member's running aggregates in a community's <see cref="ScoringState"/>. Decayed sums are kept relative to
/// the state's reference time (see <see cref="DecayReference"/>), so time passing never touches them: the value as
/// of any moment is the sum times one common factor. Every credit added here is also subtracted here when its
/// source changes or leaves the window.
/// </summary>
internal sealed class MemberState(string user, DateTimeOffset firstSeen)
{
    private bool _dailyPointsHandedOut;

    public string User { get; } = user;
    public string Name { get; set; } = user;
    public DateTimeOffset FirstSeen { get; } = firstSeen;
    public double InteractionRef { get; private set; }
    public double TopicalRef { get; private set; }
    public double ContentRef { get; private set; }
    /// <summary>The undecayed part of content value: 3 per thanks received in the window.</summary>
    public double ContentFlat { get; private set; }
    public int Messages { get; private set; }
    public int RepliesReceived { get; private set; }
    public int ReactionsReceived { get; private set; }
    public int ReactionsGiven { get; private set; }
    public int Thanks { get; private set; }
    public int CourseInteractions { get; private set; }
    public long Points { get; private set; }
    public Dictionary<string, long> DailyPoints { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The latest own action in the window (ticks), 0 when none; stale after its action was withdrawn.</summary>
    public long LastActiveTicks { get; set; }
    public bool LastActiveStale { get; set; }

    /// <summary>The member's messages in the order observed (time order): anti-farming walks them.</summary>
    public List<ScoredMessage> Authored { get; } = [];
    /// <summary>Messages the member reacted to, for finding their latest action again.</summary>
    public List<MessageReactions> ReactedTo { get; } = [];

    /// <summary>Set by any change since the last finish: only these members' stored totals are rewritten.</summary>
    public bool Changed { get; set; } = true;

    public void AddPoints(long points, string day, int sign = 1)
    {
        if (points == 0)
        {
            return;
        }
        if (_dailyPointsHandedOut)
        {
            DailyPoints = new Dictionary<string, long>(DailyPoints, StringComparer.Ordinal);
            _dailyPointsHandedOut = false;
        }
        Points += sign * points;
        var total = DailyPoints.GetValueOrDefault(day) + sign * points;
        if (total == 0)
        {
            DailyPoints.Remove(day);
        }
        else
        {
            DailyPoints[day] = total;
        }
        Changed = true;
    }

    /// <summary>The daily points as they are now; a later change copies the dictionary instead of altering this one.</summary>
    public IReadOnlyDictionary<string, long> HandOutDailyPoints()
    {
        _dailyPointsHandedOut = true;
        return DailyPoints;
    }

    /// <summary>An own action in the window: counts toward R (and I's denominator), topical ones toward I's numerator.</summary>
    public void AddAction(double weightedRef, bool topical, long ticks, int sign)
    {
        InteractionRef += sign * weightedRef;
        if (topical)
        {
            TopicalRef += sign * weightedRef;
        }
        if (sign > 0 && ticks > LastActiveTicks)
        {
            LastActiveTicks = ticks;
        }
        else if (sign < 0 && ticks >= LastActiveTicks)
        {
            LastActiveStale = true;
        }
        if (sign < 0 && Messages == 0 && ReactionsGiven == 0)
        {
            InteractionRef = TopicalRef = 0; // nothing left: no rounding residue may pose as activity
        }
        Changed = true;
    }

    public void AddMessage(int sign)
    {
        Messages += sign;
        Changed = true;
    }

    public void AddReactionGiven(int sign)
    {
        ReactionsGiven += sign;
        Changed = true;
    }

    public void AddCourseInteraction(int sign)
    {
        CourseInteractions += sign;
        Changed = true;
    }

    public void AddReplyReceived(double decayedRef, int sign)
    {
        RepliesReceived += sign;
        ContentRef += sign * 2 * decayedRef;
        ClearContentResidue();
        Changed = true;
    }

    /// <summary>A reaction received in the window; only the first ones per message (the cap) bring content value.</summary>
    public void AddReactionReceived(double decayedRef, int sign)
    {
        ReactionsReceived += sign;
        ContentRef += sign * decayedRef;
        ClearContentResidue();
        Changed = true;
    }

    public void AddThanks(int sign)
    {
        Thanks += sign;
        ContentFlat += sign * 3;
        Changed = true;
    }

    private void ClearContentResidue()
    {
        if (RepliesReceived == 0 && ReactionsReceived == 0)
        {
            ContentRef = 0;
        }
    }
}
