using System.Collections.Concurrent;
using CommunityBot.Core.Communities;

namespace CommunityBot.Telegram.Tests.Harness;

public sealed class MemorySettingsStore : ISettingsStore
{
    private readonly ConcurrentDictionary<string, CommunitySettings> _settings = new();

    public Task<CommunitySettings> GetAsync(string community, CancellationToken ct) =>
        Task.FromResult(_settings.GetValueOrDefault(community) ?? CommunitySettings.DefaultFor(community));

    public Task SaveAsync(CommunitySettings settings, CancellationToken ct)
    {
        _settings[settings.Community] = settings;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CommunitySettings>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CommunitySettings>>([.. _settings.Values]);

    public Task DeleteAsync(string community, CancellationToken ct)
    {
        _settings.TryRemove(community, out _);
        return Task.CompletedTask;
    }
}
