using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CommunityBot.Discord.Rest;

/// <summary>
/// The REST pipeline: a total timeout, retries of 429 (after the retry_after Discord asks for) and of 5xx and
/// network failures (exponential backoff with jitter), Discord's global 50 requests/s, and a timeout per attempt.
/// </summary>
internal static class DiscordResilience
{
    private static readonly Lazy<RateLimiter> Global = new(() => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 50,
        TokensPerPeriod = 50,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 10_000,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    }));

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
        builder
            .AddTimeout(options.RestTotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 5,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldRetryAfterHeader = false,
                DelayGenerator = RetryAfterAsync,
            })
            .AddRateLimiter(Global.Value)
            .AddTimeout(options.RestAttemptTimeout);
    }

    private static async ValueTask<TimeSpan?> RetryAfterAsync(RetryDelayGeneratorArguments<HttpResponseMessage> args) =>
        args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
            ? (await DiscordRateLimitHandler.RetryAfterAsync(response, args.Context.CancellationToken)).Delay
            : null;
}
