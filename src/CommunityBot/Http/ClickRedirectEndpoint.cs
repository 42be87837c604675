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
                { Expired: true } => Page(StatusCodes.Status410Gone, "This link has expired",
                    "Course links from the bot work for a limited time. Ask the bot for <code>/recommend</code> to get fresh ones."),
                _ => Page(StatusCodes.Status404NotFound, "This link is unknown",
                    "Check that the whole link was copied, or ask the bot for <code>/recommend</code>."),
            };
        });
        return endpoints;
    }

    private static IResult Page(int status, string title, string body) => Results.Content(
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
        <h1>{title}</h1><p>{body}</p></body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}
