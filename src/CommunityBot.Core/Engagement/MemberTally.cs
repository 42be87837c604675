namespace CommunityBot.Core.Engagement;

/// <summary>Mutable running totals for one member while a community is scored.</summary>
internal sealed class MemberTally(string user, DateTimeOffset firstSeen)
{
    public string User { get; } = user;
    public string Name { get; set; } = user;
    public DateTimeOffset FirstSeen { get; } = firstSeen;
    public DateTimeOffset LastActive { get; set; } = DateTimeOffset.MinValue;
    public double InteractionRaw { get; set; }
    public double TopicalRaw { get; set; }
    public double ContentRaw { get; set; }
    public int Messages { get; set; }
    public int RepliesReceived { get; set; }
    public int ReactionsReceived { get; set; }
    public int ReactionsGiven { get; set; }
    public int Thanks { get; set; }
    public int CourseInteractions { get; set; }
    public long Points { get; private set; }
    public Dictionary<string, long> DailyPoints { get; private set; } = new(StringComparer.Ordinal);
    /// <summary>Observed XP adjustments (points, local day), applied first by every finish as they were observed.</summary>
    public List<(long Points, string Day)> Adjustments { get; } = [];
    /// <summary>Observed course interactions (clicks, 👍, enrollments); those in the window count.</summary>
    public List<DateTimeOffset> CourseInteractionTimes { get; } = [];

    /// <summary>Forgets what a previous finish computed, keeping what was observed.</summary>
    public void Reset(DateTimeOffset windowStart)
    {
        LastActive = DateTimeOffset.MinValue;
        InteractionRaw = TopicalRaw = ContentRaw = 0;
        Messages = RepliesReceived = ReactionsReceived = ReactionsGiven = Thanks = 0;
        Points = 0;
        DailyPoints = new(StringComparer.Ordinal); // a fresh one: the previous finish handed its dictionary out
        foreach (var (points, day) in Adjustments)
        {
            AddPoints(points, day);
        }
        CourseInteractions = CourseInteractionTimes.Count(t => t >= windowStart);
    }

    /// <summary>Points earned on one local day (a key from <see cref="LocalDays"/>).</summary>
    public void AddPoints(long points, string day)
    {
        Points += points;
        DailyPoints[day] = DailyPoints.GetValueOrDefault(day) + points;
    }

    /// <summary>An own action: counts toward R (and the denominator of I), topical ones toward I's numerator.</summary>
    public void AddAction(double weighted, bool topical, DateTimeOffset at)
    {
        InteractionRaw += weighted;
        if (topical)
        {
            TopicalRaw += weighted;
        }
        if (at > LastActive)
        {
            LastActive = at;
        }
    }
}
