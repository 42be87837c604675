using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Http;

public static class ClickRedirectEndpoint
{
    /// <summary>GET /r/{token}: records the click of a tracked course link and redirects (302) to the course; unknown tokens get 404.</summary>
    public static IEndpointRouteBuilder MapClickRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ClickLinks.RoutePrefix + "{token}", async (string token, ClickLinks links, HttpResponse response, CancellationToken ct) =>
        {
            // The token must not leak to the course site, and each click should reach the bot rather than a cache.
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            return await links.ClickAsync(token, ct) is { } url
                ? Results.Redirect(url, permanent: false)
                : Results.NotFound("This link is unknown.");
        });
        return endpoints;
    }
}
