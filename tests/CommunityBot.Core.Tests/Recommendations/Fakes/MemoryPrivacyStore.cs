using CommunityBot.Core.Members;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

internal sealed class MemoryPrivacyStore : IPrivacyStore
{
    private readonly Dictionary<(string, string), PrivacyChoice> _choices = [];

    public Task<PrivacyChoice> GetAsync(string community, string user, CancellationToken ct) =>
        Task.FromResult(_choices.GetValueOrDefault((community, user)));

    public Task SetAsync(string community, string user, PrivacyChoice choice, CancellationToken ct)
    {
        _choices[(community, user)] = choice;
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> OptedOutAsync(string community, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<string>>(_choices.Where(c => c.Key.Item1 == community && c.Value != PrivacyChoice.Visible)
            .Select(c => c.Key.Item2).ToHashSet());
}
