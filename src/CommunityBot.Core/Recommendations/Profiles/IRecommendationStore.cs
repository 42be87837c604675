using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>Where each community's <see cref="RecommendationModel"/> and its members' profiles are kept between runs.</summary>
public interface IRecommendationStore
{
    Task<StoredModel?> LoadModelAsync(string community, CancellationToken ct);

    Task<MemberProfile?> GetProfileAsync(string community, string user, CancellationToken ct);

    /// <summary>The profiles of these members (those that exist), or of every member when <paramref name="users"/> is null.</summary>
    Task<IReadOnlyList<MemberProfile>> ProfilesAsync(string community, IReadOnlyCollection<string>? users, CancellationToken ct);

    /// <summary>
    /// Every member's profile, handed out one at a time as it is read: for work that looks at each member once and
    /// keeps little of it (the digest), where holding all of a large community's profiles was most of its memory.
    /// </summary>
    IAsyncEnumerable<MemberProfile> EachProfileAsync(string community, CancellationToken ct);

    /// <summary>
    /// Stores the model and the changed profiles in one transaction; <paramref name="replaceAll"/> first removes every
    /// stored profile of the community (a rebuild writes them all).
    /// </summary>
    Task SaveAsync(RecommendationModel model, IReadOnlyCollection<MemberProfile> changed, bool replaceAll, CancellationToken ct);
}

/// <summary>A stored model: what cannot be derived from the catalog (courses are named by id: the catalog's order may change).</summary>
public sealed record StoredModel(
    string Fingerprint,
    double HalfLifeDays,
    long Observed,
    ActivityEvent? LastEvent,
    double MaxActivityLog2,
    IReadOnlyDictionary<string, int[]> Counters,
    IReadOnlyDictionary<string, IReadOnlyList<(string Course, float Similarity)>> Neighbors);
