namespace CommunityBot.Core.Recommendations;

/// <summary>
/// What the recommender knows about one member at one moment. Courses are indices of the snapshot;
/// <see cref="Interacted"/> maps each course the member clicked, liked or enrolled in to the decay of the latest such interaction.
/// </summary>
public sealed record MemberSignals(
    string User,
    InterestProfile Profile,
    IReadOnlyDictionary<int, double> Interacted,
    IReadOnlySet<int> Owned,
    IReadOnlySet<int> Rejected,
    IReadOnlySet<int> Cooling,
    double Engagement)
{
    /// <summary>When the member last got an unsolicited recommendation (digest).</summary>
    public DateTimeOffset? LastUnsolicited { get; init; }

    public bool IsExcluded(int course) => Owned.Contains(course) || Rejected.Contains(course) || Cooling.Contains(course);
}
