using CommunityBot.Core.Analytics;
using CommunityBot.Core.Dashboard;

namespace CommunityBot.Http;

/// <summary>
/// GET /c/{community}/dashboard: the moderator dashboard (the charts and tables of /stats), server-rendered, no
/// JavaScript. Opened with the one-time link /dashboard gives (?t=...), which is used up and swapped for an HttpOnly,
/// SameSite=Strict session cookie for this community's dashboard alone; without a valid link or cookie: 403.
/// </summary>
public static class DashboardEndpoint
{
    public const string Cookie = "cb_dashboard";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/c/{community}/dashboard", async (HttpContext http, string community, string? t,
            DashboardAccess access, StatsReports reports, TimeProvider clock, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer"; // the link's token never leaves in a Referer
            var path = $"/c/{Uri.EscapeDataString(community)}/dashboard";
            if (t is not null)
            {
                if (await access.RedeemAsync(t, community, ct) is not { } session)
                {
                    return Refused("This dashboard link was already used, has expired or is for another community. Ask the bot for a new one with /dashboard.");
                }
                http.Response.Cookies.Append(Cookie, session, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = path, IsEssential = true,
                });
                // A page of our own moves on to the clean address: a redirect straight from the chat app would be a
                // cross-site navigation, on which the browser withholds a SameSite=Strict cookie.
                return HtmlPage.Render(StatusCodes.Status200OK, "Signing you in", $"<p><a href=\"{path}\">Open the dashboard</a></p>",
                    $"<meta http-equiv=\"refresh\" content=\"0;url={path}\">");
            }
            if (!await access.IsValidSessionAsync(http.Request.Cookies[Cookie], community, ct))
            {
                return Refused("The dashboard opens with the private link the bot gives moderators: send /dashboard in the community.");
            }
            var report = await reports.BuildAsync(community, clock.GetUtcNow(), ct);
            return HtmlPage.Render(StatusCodes.Status200OK, "Dashboard", DashboardPage.Body(community, report), wide: true);
        });
        return endpoints;
    }

    private static IResult Refused(string why) =>
        HtmlPage.Render(StatusCodes.Status403Forbidden, "Dashboard: no access", "<p>" + System.Net.WebUtility.HtmlEncode(why) + "</p>");
}
