using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

internal sealed class MemorySettingsStore : ISettingsStore
{
    private readonly Dictionary<string, CommunitySettings> _settings = new(StringComparer.Ordinal);

    public Task<CommunitySettings> GetAsync(string community, CancellationToken ct) =>
        Task.FromResult(_settings.GetValueOrDefault(community) ?? CommunitySettings.DefaultFor(community));

    public Task SaveAsync(CommunitySettings settings, CancellationToken ct)
    {
        _settings[settings.Community] = settings;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CommunitySettings>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<CommunitySettings>>(_settings.Values.ToList());

    public Task DeleteAsync(string community, CancellationToken ct)
    {
        _settings.Remove(community);
        return Task.CompletedTask;
    }
}
