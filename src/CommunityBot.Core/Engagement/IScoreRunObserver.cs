namespace CommunityBot.Core.Engagement;

/// <summary>Told about every score run right after it was stored (level-ups watch the changed members' points).</summary>
public interface IScoreRunObserver
{
    /// <summary>Runs inside the scorer's lock: keep it short; exceptions are logged by the caller, never rethrown.</summary>
    Task OnScoredAsync(ScoringResult run, CancellationToken ct);
}
