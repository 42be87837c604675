using System.Globalization;
using System.Text;
using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Leaderboards;

/// <summary>Renders a leaderboard page as a neutral reply with paging buttons.</summary>
public static class LeaderboardView
{
    public static Reply Render(LeaderboardPage page, LeaderboardPeriod period)
    {
        var title = period switch
        {
            LeaderboardPeriod.Week => $"Leaderboard — this week ({page.From} to {page.To})",
            LeaderboardPeriod.Month => $"Leaderboard — this month ({page.From} to {page.To})",
            LeaderboardPeriod.All => "Leaderboard — all time",
            _ => "Leaderboard — engagement (last 30 days)",
        };
        var text = new StringBuilder(); // the title is the reply's heading: adapters show it once, above the text
        if (page.Entries.Count == 0)
        {
            text.Append("Nobody has scored in this period yet.\n");
        }
        foreach (var e in page.Entries)
        {
            text.Append(Line(e, period)).Append('\n');
        }
        if (page.AroundMe.Count > 0)
        {
            text.Append("…\n");
            foreach (var e in page.AroundMe)
            {
                text.Append(Line(e, period)).Append('\n');
            }
        }
        text.Append(CultureInfo.InvariantCulture, $"Page {page.Page}/{page.Pages} · {page.Total} members");
        return new Reply(text.ToString()) { Title = title, Data = page, Buttons = Buttons(page, period) };
    }

    private static string Line(LeaderboardEntry e, LeaderboardPeriod period) => period == LeaderboardPeriod.Engagement
        ? string.Create(CultureInfo.InvariantCulture, $"#{e.Rank} {e.Name} — U {e.Score:0.000} (level {e.Level}{Titled(e)})")
        : string.Create(CultureInfo.InvariantCulture, $"#{e.Rank} {e.Name} — {e.Score:N0} points (level {e.Level}{Titled(e)})");

    private static string Titled(LeaderboardEntry e) => e.Title is { } title ? ", " + title : "";

    private static List<ReplyButton> Buttons(LeaderboardPage page, LeaderboardPeriod period)
    {
        var name = period.ToString().ToLowerInvariant();
        var buttons = new List<ReplyButton>();
        if (page.Page > 1)
        {
            buttons.Add(new ReplyButton("◀ Previous", string.Create(CultureInfo.InvariantCulture, $"lb:{name}:{page.Page - 1}")));
        }
        if (page.Page < page.Pages)
        {
            buttons.Add(new ReplyButton("Next ▶", string.Create(CultureInfo.InvariantCulture, $"lb:{name}:{page.Page + 1}")));
        }
        return buttons;
    }
}
