namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>Redirect tokens of tracked course links.</summary>
public interface IClickTokenStore
{
    Task SaveAsync(ClickToken token, CancellationToken ct);

    Task<ClickToken?> FindAsync(string token, CancellationToken ct);
}
