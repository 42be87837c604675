using CommunityBot.Core.Recommendations.Clicks;

namespace CommunityBot.Http;

public static class ClickRedirectEndpoint
{
    /// <summary>
    /// GET /r/{token}: records the click of a tracked course link and redirects (302) to the course; an unknown token
    /// gets 404 and an expired one 410, each with a short page that says what to do.
    /// </summary>
    public static IEndpointRouteBuilder MapClickRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ClickLinks.RoutePrefix + "{token}", async (string token, ClickLinks links, HttpResponse response, CancellationToken ct) =>
        {
            // The token must not leak to the course site, and each click should reach the bot rather than a cache.
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            var outcome = await links.ClickAsync(token, ct);
            return outcome switch
            {
                { Url: { } url } => Results.Redirect(url, permanent: false),
                { Expired: true } => HtmlPage.Render(StatusCodes.Status410Gone, "This link has expired",
                    "<p>Course links from the bot work for a limited time. Ask the bot for <code>/recommend</code> to get fresh ones.</p>"),
                _ => HtmlPage.Render(StatusCodes.Status404NotFound, "This link is unknown",
                    "<p>Check that the whole link was copied, or ask the bot for <code>/recommend</code>.</p>"),
            };
        });
        return endpoints;
    }
}
