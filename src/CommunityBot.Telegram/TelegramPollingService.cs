using CommunityBot.Telegram.Routing;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace CommunityBot.Telegram;

/// <summary>
/// Long polling. The offset sent with the next getUpdates is what confirms updates to Telegram, and it moves
/// only after the batch is stored: a crash before that means Telegram sends the batch again, and the natural
/// keys store it once.
/// </summary>
internal sealed partial class TelegramPollingService(
    TelegramUpdateFeed feed,
    TelegramUpdateRouter router,
    CommunityBot.Core.Platform.AdapterHealth health,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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

    [LoggerMessage(LogLevel.Warning, "Receiving Telegram updates failed; trying again in {Seconds} s")]
    private static partial void LogPollFailed(ILogger logger, double seconds, Exception error);
}
