using System.Globalization;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Leaderboards;
using SkiaSharp;
using static CommunityBot.Pictures.ProfileCardPainter;

namespace CommunityBot.Pictures;

/// <summary>
/// A leaderboard page as a card: one row per member (rank, initials avatar, name and title, a bar of their progress
/// through their level, their score), then the asking member's neighbourhood below a gap, their own row highlighted.
/// </summary>
public static class LeaderboardCardPainter
{
    public const int Width = 800;
    private const int Header = 64;
    private const int Row = 46;
    private const int Gap = 24;
    private static readonly SKColor[] Medals = [new(0xF1, 0xC4, 0x0F), new(0xBD, 0xC3, 0xC7), new(0xCD, 0x7F, 0x32)];
    private static readonly SKColor Highlight = new(0x36, 0x3A, 0x40);

    public static int HeightFor(LeaderboardPage page) =>
        Header + (page.Entries.Count * Row) + (page.AroundMe.Count > 0 ? Gap + (page.AroundMe.Count * Row) : 0) + 36;

    public static byte[] Paint(LeaderboardPage page, LeaderboardPeriod period, string title, string? me, CardText text)
    {
        var height = HeightFor(page);
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using (var background = new SKPaint { Color = Background, IsAntialias = true })
        {
            canvas.DrawRoundRect(new SKRect(0, 0, Width, height), 20, 20, background);
        }
        text.Draw(canvas, title, 28, 42, 24, Text, Width - 56, bold: true);
        var y = (float)Header;
        foreach (var entry in page.Entries)
        {
            DrawRow(canvas, text, entry, period, y, entry.User == me);
            y += Row;
        }
        if (page.AroundMe.Count > 0)
        {
            text.Draw(canvas, "⋯", (Width / 2f) - 8, y + 18, 20, Muted, 40);
            y += Gap;
            foreach (var entry in page.AroundMe)
            {
                DrawRow(canvas, text, entry, period, y, entry.User == me);
                y += Row;
            }
        }
        text.Draw(canvas, string.Create(CultureInfo.InvariantCulture, $"Page {page.Page}/{page.Pages} · {page.Total:N0} members"), 28, height - 14, 15, Muted, Width - 56);
        return Png(surface);
    }

    private static void DrawRow(SKCanvas canvas, CardText text, LeaderboardEntry e, LeaderboardPeriod period, float top, bool mine)
    {
        if (mine)
        {
            using var band = new SKPaint { Color = Highlight, IsAntialias = true };
            canvas.DrawRoundRect(new SKRect(14, top + 2, Width - 14, top + Row - 2), 10, 10, band);
        }
        var middle = top + (Row / 2f);
        var rank = string.Create(CultureInfo.InvariantCulture, $"#{e.Rank}");
        text.Draw(canvas, rank, 28, middle + 7, 20, e.Rank is >= 1 and <= 3 ? Medals[e.Rank - 1] : Muted, 64, bold: true);
        Avatar(canvas, text, e.User, e.Name, 116, middle, 17);
        var name = e.Title is { Length: > 0 } t ? e.Name + " · " + t : e.Name;
        text.Draw(canvas, name, 146, middle + 7, 19, Text, 300);
        var levelStart = LevelCurve.TotalFor(e.Level);
        var progress = (double)(e.Points - levelStart) / Math.Max(1, LevelCurve.TotalFor(e.Level + 1) - levelStart);
        text.Draw(canvas, string.Create(CultureInfo.InvariantCulture, $"Lv {e.Level}"), 462, middle + 6, 16, Muted, 60);
        Bar(canvas, 520, middle - 6, 130, 12, progress, Accent);
        var score = period == LeaderboardPeriod.Engagement
            ? string.Create(CultureInfo.InvariantCulture, $"U {e.Score:0.000}")
            : string.Create(CultureInfo.InvariantCulture, $"{e.Score:N0} pts");
        var line = text.Layout(score, 18, 200, bold: true);
        CardText.Draw(canvas, line, Width - 28 - line.Width, middle + 7, Text);
    }
}
