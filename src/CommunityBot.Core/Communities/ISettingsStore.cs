namespace CommunityBot.Core.Communities;

/// <summary>Per-community settings; a community never configured gets the defaults.</summary>
public interface ISettingsStore
{
    Task<CommunitySettings> GetAsync(string community, CancellationToken ct);

    Task SaveAsync(CommunitySettings settings, CancellationToken ct);

    Task<IReadOnlyList<CommunitySettings>> ListAsync(CancellationToken ct);

    Task DeleteAsync(string community, CancellationToken ct);
}
