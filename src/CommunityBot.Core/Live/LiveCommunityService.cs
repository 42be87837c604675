using CommunityBot.Core.Activity;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Core.Live;

/// <summary>
/// The bot acting on its own: woken by every stored batch, it catches up the scores of the communities that changed
/// (which detects level-ups), turns joins into welcomes and sends the announcements that are due. A pass runs at
/// least every second, so held batches go out on time.
/// </summary>
public sealed partial class LiveCommunityService(
    ScoreFreshness freshness,
    Welcomes welcomes,
    Challenges.ChallengeReplies challengeReplies,
    AnnouncementOutbox outbox,
    LiveSignal signal,
    TimeProvider clock,
    ILogger<LiveCommunityService> logger) : IHostedService, IStoredEventsObserver, IDisposable
{
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _passDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _loop = Task.CompletedTask;

    public void OnStored(IReadOnlyList<ActivityEvent> stored) => signal.Pulse();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _loop.WaitAsync(cancellationToken);
    }

    /// <summary>Completes when a pass that started after this call has finished (tests, and the bench's latency).</summary>
    public Task NextPassAsync()
    {
        Task done;
        lock (_gate)
        {
            done = _passDone.Task;
        }
        signal.Pulse();
        return done; // a pass takes the completion that exists when it starts, so this one starts after the call
    }

    public void Dispose() => _stopping.Dispose();

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await PassAsync(ct);
                var wait = outbox.NextDue is { } due ? Clamp(due - clock.GetUtcNow()) : MaxIdle;
                await signal.WaitAsync(wait, clock, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex); // one bad pass (a locked file, a failing platform) must not end the loop
            }
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        TaskCompletionSource finished;
        lock (_gate)
        {
            finished = _passDone;
            _passDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        try
        {
            foreach (var community in freshness.Stale())
            {
                await freshness.EnsureAsync(community, ct);
            }
            await welcomes.ProcessAsync(ct);
            await challengeReplies.ProcessAsync(ct);
            await outbox.SendDueAsync(ct);
        }
        finally
        {
            finished.TrySetResult();
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxIdle ? MaxIdle : wait;

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of the live community loop failed; the next one runs shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);
}
