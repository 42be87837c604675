namespace CommunityBot.Core.Challenges;

public interface IChallengeStore
{
    /// <summary>The community's most recent challenge (running or ended), or null.</summary>
    Task<Challenge?> LatestAsync(string community, CancellationToken ct);

    Task SaveAsync(Challenge challenge, CancellationToken ct);
}
