namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>A scripted error answer: {"ok":false,"error_code":..,"description":..,"parameters":{"retry_after":..}}.</summary>
public sealed record ApiFailure(int Code, string Description, int? RetryAfter = null)
{
    public static ApiFailure TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
}
