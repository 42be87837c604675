using System.Diagnostics.CodeAnalysis;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// What a score run counted for one member in one community: stored with the member's <see cref="MemberTotals"/>
/// and shown with their <see cref="MemberScore"/>.
/// </summary>
public abstract record MemberCounts
{
    protected MemberCounts()
    {
    }

    [SetsRequiredMembers]
    protected MemberCounts(MemberCounts counts)
    {
        (Community, User, Name, Points, Messages) = (counts.Community, counts.User, counts.Name, counts.Points, counts.Messages);
        (RepliesReceived, ReactionsReceived, ReactionsGiven) = (counts.RepliesReceived, counts.ReactionsReceived, counts.ReactionsGiven);
        (ThanksReceived, CourseInteractions, FirstSeen, DailyPoints) = (counts.ThanksReceived, counts.CourseInteractions, counts.FirstSeen, counts.DailyPoints);
    }

    public required string Community { get; init; }
    public required string User { get; init; }
    public string Name { get; init; } = "";
    public long Points { get; init; }
    public int Messages { get; init; }
    public int RepliesReceived { get; init; }
    public int ReactionsReceived { get; init; }
    public int ReactionsGiven { get; init; }
    public int ThanksReceived { get; init; }
    public int CourseInteractions { get; init; }
    public DateTimeOffset FirstSeen { get; init; }
    /// <summary>Points earned per local calendar day ("yyyy-MM-dd" in the community's time zone).</summary>
    public IReadOnlyDictionary<string, long> DailyPoints { get; init; } = new Dictionary<string, long>();
}
