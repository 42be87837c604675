using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Engagement;

/// <summary>Hands each stored score run to the <see cref="IScoreRunObserver"/>s; a failing observer never fails the score.</summary>
public sealed partial class ScoreRunNotifier(IEnumerable<IScoreRunObserver> observers, ILogger<ScoreRunNotifier> logger)
{
    private readonly IScoreRunObserver[] _observers = [.. observers];

    public async Task NotifyAsync(ScoringResult run, CancellationToken ct)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnScoredAsync(run, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, observer.GetType().Name, run.Basis.Community);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Observer} failed on the score run of community {Community}")]
    private static partial void LogFailed(ILogger logger, Exception ex, string observer, string community);
}
