using System.Globalization;
using System.Text;
using CommunityBot.Core.Import;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace CommunityBot.Pictures;

/// <summary>
/// Text on a card: made safe (no control, zero-width or bidi-override characters, no lone surrogates), split into
/// runs of one typeface each, shaped with HarfBuzz once (Arabic joins, emoji sequences), measured, cut to a width
/// and drawn from the shaped glyphs. One per card: it keeps a HarfBuzz shaper per typeface until disposed.
/// </summary>
public sealed class CardText(FontLibrary fonts) : IDisposable
{
    private const string Ellipsis = "…";
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];

    /// <summary>
    /// A run of text of one typeface and one bidi level (odd: right to left), and the glyphs HarfBuzz chose for it
    /// (0 is the missing-glyph box) with their positions, left to right.
    /// </summary>
    public sealed record Run(string Text, SKTypeface Typeface, float Size, byte Level, uint[] Glyphs, SKPoint[] Positions, float Width);

    /// <summary>Shaped text ready to draw: its runs left to right as they are seen, and its width.</summary>
    public sealed record Line(IReadOnlyList<Run> Runs, float Width);

    /// <summary>
    /// <see cref="SafeText.Clean"/> (no control characters, bidi overrides or lone surrogates), then no zero-width or
    /// other format characters either, except the joiners and variation selectors that hold emoji sequences together;
    /// line breaks and tabs become spaces.
    /// </summary>
    public static string Clean(string? text)
    {
        var safe = SafeText.Clean(text) ?? "";
        var clean = new StringBuilder(safe.Length);
        foreach (var c in safe)
        {
            if (c is '\n' or '\r' or '\t')
            {
                clean.Append(' ');
            }
            else if (c is '\u200D' or '\uFE0F' or '\uFE0E' || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim();
    }

    /// <summary>The text in logical order, split where the typeface or the bidi level changes, each run shaped.</summary>
    public IReadOnlyList<Run> Shape(string text, float size, bool bold = false)
    {
        var preferred = bold ? fonts.Bold : fonts.Regular;
        var clean = Clean(text);
        var levels = Bidi.Levels(clean);
        var runs = new List<Run>();
        var current = new StringBuilder();
        SKTypeface? typeface = null;
        byte level = 0;
        var elements = StringInfo.GetTextElementEnumerator(clean);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementLevel = levels[elements.ElementIndex];
            var chosen = element == " " && typeface is not null ? typeface : fonts.For(element, preferred);
            if (typeface is not null && (chosen != typeface || elementLevel != level))
            {
                runs.Add(ShapeRun(current.ToString(), typeface, size, level));
                current.Clear();
            }
            (typeface, level) = (chosen, elementLevel);
            current.Append(element);
        }
        if (typeface is not null && current.Length > 0)
        {
            runs.Add(ShapeRun(current.ToString(), typeface, size, level));
        }
        return runs;
    }

    /// <summary>The text shaped once, cut with an ellipsis to <paramref name="maxWidth"/>, in visual order.</summary>
    public Line Layout(string text, float size, float maxWidth, bool bold = false)
    {
        var runs = Shape(text, size, bold);
        if (Width(runs) > maxWidth)
        {
            runs = Fit(text, size, bold, maxWidth);
        }
        return new Line(InVisualOrder(runs), Width(runs));
    }

    /// <summary>Draws a laid-out line from (x, baseline) with the glyphs and positions HarfBuzz chose.</summary>
    public static void Draw(SKCanvas canvas, Line line, float x, float baseline, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        foreach (var run in line.Runs)
        {
            using var font = new SKFont(run.Typeface, run.Size);
            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun([.. run.Glyphs.Select(g => (ushort)g)], font, run.Positions);
            using var blob = builder.Build();
            if (blob is not null)
            {
                canvas.DrawText(blob, x, baseline, paint);
            }
            x += run.Width;
        }
    }

    /// <summary>Lays out and draws the text from (x, baseline), cut to <paramref name="maxWidth"/>; returns the width drawn.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color, float maxWidth, bool bold = false)
    {
        var line = Layout(text, size, maxWidth, bold);
        Draw(canvas, line, x, baseline, color);
        return line.Width;
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }

    /// <summary>Runs left to right as they are seen: the bidi algorithm's rule L2 over the runs' levels.</summary>
    public static IReadOnlyList<Run> InVisualOrder(IReadOnlyList<Run> runs) =>
        [.. Bidi.VisualOrder([.. runs.Select(r => r.Level)]).Select(i => runs[i])];

    /// <summary>The longest start of the text that fits with an ellipsis after it, found by halving.</summary>
    private IReadOnlyList<Run> Fit(string text, float size, bool bold, float maxWidth)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(Clean(text));
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }
        IReadOnlyList<Run> Cut(int keep) => Shape(string.Concat(elements.Take(keep)).TrimEnd() + Ellipsis, size, bold);
        var best = Shape(Ellipsis, size, bold);
        var (low, high) = (1, elements.Count - 1);
        while (low <= high)
        {
            var keep = (low + high) / 2;
            var runs = Cut(keep);
            if (Width(runs) <= maxWidth)
            {
                (best, low) = (runs, keep + 1);
            }
            else
            {
                high = keep - 1;
            }
        }
        return best;
    }

    private static float Width(IReadOnlyList<Run> runs) => runs.Sum(r => r.Width);

    /// <summary>Shapes in the run's own direction (HarfBuzz's guess from the letters would be wrong for a right-to-left run of digits or punctuation).</summary>
    private Run ShapeRun(string text, SKTypeface typeface, float size, byte level)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            _shapers[typeface] = shaper = new SKShaper(typeface);
        }
        using var font = new SKFont(typeface, size);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = level % 2 == 1 ? HarfBuzzSharp.Direction.RightToLeft : HarfBuzzSharp.Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var shaped = shaper.Shape(buffer, font);
        return new Run(text, typeface, size, level, shaped.Codepoints, shaped.Points, shaped.Width);
    }
}
