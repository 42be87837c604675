using System.Globalization;

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
    public Dictionary<string, long> DailyPoints { get; } = new(StringComparer.Ordinal);

    public void AddPoints(long points, DateTimeOffset at, TimeZoneInfo zone)
    {
        Points += points;
        var day = TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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
