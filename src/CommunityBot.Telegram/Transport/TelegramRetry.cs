using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace CommunityBot.Telegram.Transport;

/// <summary>Runs a Bot API call again after a 429 "Too Many Requests", waiting the retry_after Telegram asks for.</summary>
internal sealed partial class TelegramRetry(IOptions<TelegramOptions> options, TimeProvider clock, ILogger<TelegramRetry> logger)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(ct);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt <= options.Value.MaxRetries)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                LogRateLimited(logger, wait.TotalSeconds, attempt);
                await Task.Delay(wait, clock, ct);
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> call, CancellationToken ct) =>
        RunAsync(async c => { await call(c); return true; }, ct);

    [LoggerMessage(LogLevel.Warning, "Telegram asked to slow down: retrying in {Seconds} s (attempt {Attempt})")]
    private static partial void LogRateLimited(ILogger logger, double seconds, int attempt);
}
