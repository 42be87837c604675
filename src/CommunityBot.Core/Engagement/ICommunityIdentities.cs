namespace CommunityBot.Core.Engagement;

/// <summary>Which accounts of a community are one member (accounts linked across platforms, DESIGN §6).</summary>
public interface ICommunityIdentities
{
    MemberIdentities For(string community);
}

/// <summary>
/// The accounts that score as another: an event by (platform, user) in <see cref="Map"/> counts for the mapped user.
/// <see cref="Version"/> changes whenever the map does (a kept score state built with another version is rebuilt).
/// </summary>
public sealed record MemberIdentities(IReadOnlyDictionary<(string Platform, string User), string> Map, string Version)
{
    public static MemberIdentities None { get; } = new(new Dictionary<(string, string), string>(), "");

    public string Of(string platform, string user) =>
        Map.Count > 0 && Map.TryGetValue((platform, user), out var canonical) ? canonical : user;
}

/// <summary>No links: every account is its own member (tests and tools that score without the host).</summary>
public sealed class NoLinkedIdentities : ICommunityIdentities
{
    public MemberIdentities For(string community) => MemberIdentities.None;
}
