using System.Globalization;
using System.Net;
using System.Text.Json;
using CommunityBot.Discord.Gateway;

namespace CommunityBot.Discord.Rest;

/// <summary>
/// Waits before a request while its bucket is exhausted or a global limit is in force, and records what each
/// response's X-RateLimit-* headers say. Sits inside the retry strategy, so every retried attempt waits here too.
/// </summary>
internal sealed class DiscordRateLimitHandler(DiscordRateLimits limits) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RateLimitRoute.Of(request.Method, request.RequestUri?.AbsolutePath ?? "");
        TimeSpan wait;
        while ((wait = limits.WaitFor(route)) > TimeSpan.Zero)
        {
            await Task.Delay(wait, limits.Clock, cancellationToken);
        }
        var response = await base.SendAsync(request, cancellationToken);
        await RecordAsync(route, response, cancellationToken);
        return response;
    }

    private async Task RecordAsync(RateLimitRoute route, HttpResponseMessage response, CancellationToken ct)
    {
        if (Number(response, "X-RateLimit-Remaining") is { } remaining && Number(response, "X-RateLimit-Reset-After") is { } resetAfter)
        {
            limits.Update(route, Header(response, "X-RateLimit-Bucket"), (int)remaining, TimeSpan.FromSeconds(resetAfter));
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var (delay, global) = await RetryAfterAsync(response, ct);
            if (global || Header(response, "X-RateLimit-Global") is not null)
            {
                limits.BlockGlobally(delay);
            }
            else
            {
                limits.Update(route, null, 0, delay);
            }
        }
    }

    /// <summary>The wait a 429 asks for: the body's precise retry_after, else the Retry-After header.</summary>
    public static async Task<(TimeSpan Delay, bool Global)> RetryAfterAsync(HttpResponseMessage response, CancellationToken ct)
    {
        // Both this handler and the retry strategy read the body: a string from the buffered content reads twice.
        await response.Content.LoadIntoBufferAsync(ct);
        try
        {
            var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(ct), DiscordJsonContext.Default.RateLimitBody);
            if (body is { RetryAfter: > 0 })
            {
                return (TimeSpan.FromSeconds(body.RetryAfter), body.Global);
            }
        }
        catch (JsonException)
        {
            // Some 429s come from Cloudflare with an HTML body; the header still says how long to wait.
        }
        return (TimeSpan.FromSeconds(Number(response, "Retry-After") ?? 1), false);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(HttpResponseMessage response, string name) =>
        double.TryParse(Header(response, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
