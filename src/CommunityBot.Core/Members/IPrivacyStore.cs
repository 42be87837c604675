namespace CommunityBot.Core.Members;

public enum PrivacyChoice
{
    Visible,
    /// <summary>Data kept, but the member is left out of boards, digests and recommendations.</summary>
    Hidden,
    /// <summary>Data erased and capture stopped.</summary>
    Deleted,
}

/// <summary>Members' privacy choices (DESIGN §6).</summary>
public interface IPrivacyStore
{
    Task<PrivacyChoice> GetAsync(string community, string user, CancellationToken ct);

    Task SetAsync(string community, string user, PrivacyChoice choice, CancellationToken ct);

    /// <summary>Members of the community who are hidden or deleted.</summary>
    Task<IReadOnlySet<string>> OptedOutAsync(string community, CancellationToken ct);
}
