using System.Globalization;
using System.Net;
using System.Text;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Leaderboards;

namespace CommunityBot.Http;

/// <summary>
/// GET /c/{community}/leaderboard?period=week|month|all|engagement&amp;page=N: the community's public leaderboard as
/// plain server-rendered HTML (no JavaScript, readable on a phone). Off until an admin runs /config web on; hidden
/// members never appear, because the page reads the same ranking as /leaderboard.
/// </summary>
public static class WebLeaderboardEndpoint
{
    private static readonly string[] _periods = [.. Enum.GetValues<LeaderboardPeriod>().Select(p => p.ToString().ToLowerInvariant())];

    public static IEndpointRouteBuilder MapWebLeaderboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/c/{community}/leaderboard", async (string community, string? period, int? page,
            ISettingsStore settings, LeaderboardQuery boards, TimeProvider clock, CancellationToken ct) =>
        {
            if (!(await settings.GetAsync(community, ct)).WebLeaderboard)
            {
                return HtmlPage.Render(StatusCodes.Status404NotFound, "No public leaderboard",
                    "<p>This community's leaderboard is not public. An admin can publish it with <code>/config web on</code>.</p>");
            }
            LeaderboardPeriod chosen;
            try
            {
                chosen = LeaderboardCommand.ParsePeriod(period);
            }
            catch (CommandUsageException ex)
            {
                return HtmlPage.Render(StatusCodes.Status400BadRequest, "Unknown period", "<p>" + E(ex.Message) + "</p>");
            }
            var name = chosen.ToString().ToLowerInvariant();
            var result = await boards.PageAsync(community, chosen, Math.Max(1, page ?? 1), null, clock.GetUtcNow(), ct);
            return HtmlPage.Render(StatusCodes.Status200OK, "Leaderboard", Body(community, name, chosen, result));
        });
        return endpoints;
    }

    private static string Body(string community, string name, LeaderboardPeriod period, LeaderboardPage page)
    {
        var html = new StringBuilder();
        html.Append("<nav>");
        foreach (var p in _periods)
        {
            html.Append(p == name ? $"<strong>{p}</strong> " : $"<a href=\"{Link(community, p, 1)}\">{p}</a> ");
        }
        html.Append("</nav>");
        if (page.From is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(page.From)} to {E(page.To ?? "")}</p>");
        }
        if (page.Entries.Count == 0)
        {
            html.Append("<p>Nobody has scored in this period yet.</p>");
        }
        else
        {
            var value = period == LeaderboardPeriod.Engagement ? "Engagement" : "Points";
            html.Append(CultureInfo.InvariantCulture, $"<table><thead><tr><th>#</th><th>Member</th><th>Level</th><th>{value}</th></tr></thead><tbody>");
            foreach (var e in page.Entries)
            {
                var score = period == LeaderboardPeriod.Engagement ? e.Score.ToString("0.000", CultureInfo.InvariantCulture) : e.Score.ToString("N0", CultureInfo.InvariantCulture);
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{e.Rank}</td><td>{E(e.Name)}{(e.Title is { } t ? $" <small>{E(t)}</small>" : "")}</td><td>{e.Level}</td><td>{score}</td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<p>Page {page.Page} of {page.Pages} · {page.Total} members</p><p>");
        if (page.Page > 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a rel=\"prev\" href=\"{Link(community, name, page.Page - 1)}\">◀ Previous</a> ");
        }
        if (page.Page < page.Pages)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a rel=\"next\" href=\"{Link(community, name, page.Page + 1)}\">Next ▶</a>");
        }
        return html.Append("</p>").ToString();
    }

    private static string Link(string community, string period, int page) =>
        E(string.Create(CultureInfo.InvariantCulture, $"/c/{Uri.EscapeDataString(community)}/leaderboard?period={period}&page={page}"));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
