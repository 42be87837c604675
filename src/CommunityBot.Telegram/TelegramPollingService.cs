using CommunityBot.Telegram.Routing;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CommunityBot.Core.Platform;
using Telegram.Bot.Exceptions;

namespace CommunityBot.Telegram;

/// <summary>
/// Long polling. The offset sent with the next getUpdates is what confirms updates to Telegram, and it moves
/// only after the batch is stored: a crash before that means Telegram sends the batch again, and the natural
/// keys store it once. Only the holder of the polling lease polls (<see cref="ILeases"/>): with several instances on
/// one PostgreSQL database the others stand by and one takes over when the poller stops or dies.
/// </summary>
internal sealed partial class TelegramPollingService(
    TelegramUpdateFeed feed,
    TelegramUpdateRouter router,
    CommunityBot.Core.Platform.AdapterHealth health,
    ILeases leases,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public const string LeaseName = "telegram-polling";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var waiting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            ILease? lease;
            try
            {
                lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLeaseFailed(logger, ex.Message);
                lease = null;
            }
            if (lease is null)
            {
                if (!waiting)
                {
                    LogStandingBy(logger);
                    waiting = true;
                }
                await WaitAsync(options.Value.PollingStandbyRetry, stoppingToken);
                continue;
            }
            await using (lease)
            {
                if (waiting)
                {
                    LogTookOver(logger);
                    waiting = false;
                }
                await PollWhileHeldAsync(lease, stoppingToken);
            }
        }
    }

    private async Task PollWhileHeldAsync(ILease lease, CancellationToken stoppingToken)
    {
        int? offset = null;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await lease.IsHeldAsync(stoppingToken))
                {
                    LogLeaseLost(logger);
                    return;
                }
                var batch = await feed.FetchAsync(offset, stoppingToken);
                health.Connected(Translation.TelegramUpdateTranslator.Platform);
                await router.HandleAsync(batch.Updates, stoppingToken);
                offset = batch.NextOffset;
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                throw new InvalidOperationException("Telegram no longer accepts the bot token (getUpdates answered 401).", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                health.Disconnected(Translation.TelegramUpdateTranslator.Platform, ex.Message);
                var wait = ex is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : backoff;
                LogPollFailed(logger, wait.TotalSeconds, ex);
                await WaitAsync(wait, stoppingToken);
                backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, backoff.Ticks * 2));
            }
        }
    }

    private async Task WaitAsync(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, clock, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Information, "Another instance receives the Telegram updates; this one stands by to take over")]
    private static partial void LogStandingBy(ILogger logger);

    [LoggerMessage(LogLevel.Information, "This instance now receives the Telegram updates")]
    private static partial void LogTookOver(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "The Telegram polling lease was lost (database connection); acquiring it again")]
    private static partial void LogLeaseLost(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Could not ask for the Telegram polling lease ({Problem}); trying again")]
    private static partial void LogLeaseFailed(ILogger logger, string problem);

    [LoggerMessage(LogLevel.Warning, "Receiving Telegram updates failed; trying again in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, double seconds, Exception error);
}
