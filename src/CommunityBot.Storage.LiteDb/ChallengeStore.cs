using CommunityBot.Core.Challenges;

namespace CommunityBot.Storage.LiteDb;

/// <summary>Each community's latest challenge, one JSON document keyed by the community (a new one replaces the last).</summary>
internal sealed class ChallengeStore(LiteDbContext db) : IChallengeStore
{
    public Task<Challenge?> LatestAsync(string community, CancellationToken ct) =>
        Task.FromResult(db.Challenges.FindById(community) is { } doc ? JsonDocuments.Unwrap<Challenge>(doc) : null);

    public Task SaveAsync(Challenge challenge, CancellationToken ct)
    {
        db.Challenges.Upsert(JsonDocuments.Wrap(challenge.Community, challenge.Community, challenge));
        return Task.CompletedTask;
    }
}
