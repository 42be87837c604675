using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

internal sealed class MemoryClickTokenStore : IClickTokenStore
{
    public Dictionary<string, ClickToken> Tokens { get; } = new(StringComparer.Ordinal);

    public Task SaveAsync(ClickToken token, CancellationToken ct)
    {
        Tokens[token.Token] = token;
        return Task.CompletedTask;
    }

    public Task<ClickToken?> FindAsync(string token, CancellationToken ct) => Task.FromResult(Tokens.GetValueOrDefault(token));
}
