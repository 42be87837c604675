namespace CommunityBot.Demo;

public enum SampleRole
{
    Expert,
    Learner,
    Regular,
    Lurker,
    Newcomer,
    Spammer,
    Bot,
}

/// <summary>A member of the sample community: who they are, how they behave and what they care about.</summary>
public sealed record SampleMember(string Id, string Name, SampleRole Role, IReadOnlyList<SampleCourse> Interests, int JoinedDaysAgo);
