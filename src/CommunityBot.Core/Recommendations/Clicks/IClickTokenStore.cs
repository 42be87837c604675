namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>Redirect tokens of tracked course links.</summary>
public interface IClickTokenStore
{
    Task SaveAsync(ClickToken token, CancellationToken ct);

    Task<ClickToken?> FindAsync(string token, CancellationToken ct);

    /// <summary>Every token of the community (moving a database to another store).</summary>
    Task<IReadOnlyList<ClickToken>> ListAsync(string community, CancellationToken ct);
}
