using System.Globalization;
using CommunityBot.Core.Pictures;
using SkiaSharp;

namespace CommunityBot.Pictures;

/// <summary>
/// The rank card: an initials avatar, name and title, rank and level, the progress to the next level, and the
/// C / I / R breakdown as bars with the community's weights.
/// </summary>
public static class ProfileCardPainter
{
    public const int Width = 800;
    public const int Height = 270;

    internal static readonly SKColor Background = new(0x23, 0x27, 0x2A);
    internal static readonly SKColor Track = new(0x40, 0x44, 0x4B);
    internal static readonly SKColor Accent = new(0x58, 0x65, 0xF2);
    internal static readonly SKColor Text = SKColors.White;
    internal static readonly SKColor Muted = new(0xB9, 0xBB, 0xBE);
    private static readonly SKColor[] Avatars =
    [
        new(0xE6, 0x7E, 0x22), new(0x1A, 0xBC, 0x9C), new(0x9B, 0x59, 0xB6), new(0xE9, 0x1E, 0x63), new(0x34, 0x98, 0xDB), new(0x2E, 0xCC, 0x71),
    ];

    public static byte[] Paint(ProfileCard card, CardText text)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using (var background = new SKPaint { Color = Background, IsAntialias = true })
        {
            canvas.DrawRoundRect(new SKRect(0, 0, Width, Height), 24, 24, background);
        }
        Avatar(canvas, text, card.User, card.Name, 100, 110, 64);

        const float left = 200, right = Width - 36;
        var rank = card.Rank > 0 ? F($"#{card.Rank} of {card.Members}") : "not ranked";
        var level = F($"Level {card.Level}");
        var levelLine = text.Layout(level, 30, right - left, bold: true);
        var rankLine = text.Layout(rank, 20, right - left);
        CardText.Draw(canvas, levelLine, right - levelLine.Width, 62, Accent);
        CardText.Draw(canvas, rankLine, right - rankLine.Width, 92, Muted);
        var nameWidth = right - left - Math.Max(levelLine.Width, rankLine.Width) - 24;
        text.Draw(canvas, card.Name, left, 62, 32, Text, nameWidth, bold: true);
        if (card.Title is { Length: > 0 } title)
        {
            text.Draw(canvas, title, left, 92, 20, Muted, nameWidth);
        }

        var span = Math.Max(1, card.NextLevel - card.LevelStart);
        var progress = Math.Clamp((double)(card.Points - card.LevelStart) / span, 0, 1);
        Bar(canvas, left, 112, right - left, 20, progress, Accent);
        var points = F($"{card.Points - card.LevelStart:N0} / {span:N0} points to level {card.Level + 1} · {card.Points:N0} in all");
        text.Draw(canvas, points, left, 156, 17, Muted, right - left);

        var w = card.Weights;
        var rows = new (string Label, double Value, double Weight)[]
        {
            ("Content C", card.Content, w.Alpha), ("Interest I", card.Interest, w.Beta), ("Interaction R", card.Interaction, w.Gamma),
        };
        for (var i = 0; i < rows.Length; i++)
        {
            var y = 186 + (i * 28);
            var (label, value, weight) = rows[i];
            text.Draw(canvas, F($"{label} ×{weight:0.##}"), left, y + 14, 16, Text, 150);
            Bar(canvas, left + 160, y, 380, 16, value, Avatars[i + 1]);
            text.Draw(canvas, F($"{value:0.00}"), left + 552, y + 14, 16, Muted, 60);
        }
        text.Draw(canvas, F($"Engagement U {card.Engagement:0.000}"), 24, 244, 16, Muted, 172);

        return Png(surface);
    }

    internal static byte[] Png(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    internal static void Avatar(SKCanvas canvas, CardText text, string user, string name, float cx, float cy, float radius)
    {
        using var fill = new SKPaint { Color = Avatars[(int)((uint)StableHash(user) % Avatars.Length)], IsAntialias = true };
        canvas.DrawCircle(cx, cy, radius, fill);
        var initials = Initials(name);
        var size = radius * 0.8f;
        var line = text.Layout(initials, size, radius * 2, bold: true);
        CardText.Draw(canvas, line, cx - (line.Width / 2), cy + (size * 0.36f), Text);
    }

    /// <summary>The first character (a whole emoji or letter) of the first two words, upper-cased where that means anything.</summary>
    public static string Initials(string name)
    {
        var words = CardText.Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var initials = words.Take(2).Select(w => StringInfo.GetNextTextElement(w).ToUpper(CultureInfo.InvariantCulture));
        var joined = string.Concat(initials);
        return joined.Length == 0 ? "?" : joined;
    }

    internal static void Bar(SKCanvas canvas, float x, float y, float width, float height, double fraction, SKColor color)
    {
        using var track = new SKPaint { Color = Track, IsAntialias = true };
        using var fill = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(x, y, x + width, y + height), height / 2, height / 2, track);
        var filled = (float)(width * Math.Clamp(fraction, 0, 1));
        if (filled >= height / 2)
        {
            canvas.DrawRoundRect(new SKRect(x, y, x + filled, y + height), height / 2, height / 2, fill);
        }
    }

    private static int StableHash(string value)
    {
        var hash = 17;
        foreach (var c in value)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash;
    }

    private static string F(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
