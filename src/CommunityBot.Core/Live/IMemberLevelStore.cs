namespace CommunityBot.Core.Live;

/// <summary>The level each member was last known at, so a level-up is announced once, across restarts too.</summary>
public interface IMemberLevelStore
{
    /// <summary>Known levels of the named members (members never seen are missing).</summary>
    Task<IReadOnlyDictionary<string, int>> GetAsync(string community, IReadOnlyCollection<string> users, CancellationToken ct);

    /// <summary>Every member of the community known at <paramref name="minLevel"/> or above.</summary>
    Task<IReadOnlyDictionary<string, int>> AllAsync(string community, int minLevel, CancellationToken ct);

    Task SaveAsync(string community, IReadOnlyDictionary<string, int> levels, CancellationToken ct);
}
