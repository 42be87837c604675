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

    /// <summary>A run of text drawn with one typeface, and the glyphs HarfBuzz chose for it (0 is the missing-glyph box) with their positions.</summary>
    public sealed record Run(string Text, SKTypeface Typeface, float Size, uint[] Glyphs, SKPoint[] Positions, float Width);

    /// <summary>Shaped text ready to draw: its runs left to right as they appear, and its width.</summary>
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

    public IReadOnlyList<Run> Shape(string text, float size, bool bold = false)
    {
        var preferred = bold ? fonts.Bold : fonts.Regular;
        var runs = new List<Run>();
        var current = new StringBuilder();
        SKTypeface? typeface = null;
        var elements = StringInfo.GetTextElementEnumerator(Clean(text));
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var chosen = element == " " && typeface is not null ? typeface : fonts.For(element, preferred);
            if (typeface is not null && chosen != typeface)
            {
                runs.Add(ShapeRun(current.ToString(), typeface, size));
                current.Clear();
            }
            typeface = chosen;
            current.Append(element);
        }
        if (typeface is not null && current.Length > 0)
        {
            runs.Add(ShapeRun(current.ToString(), typeface, size));
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
        return new Line(InVisualOrder(text, runs), Width(runs));
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

    /// <summary>
    /// Runs left to right as they appear: reversed when the text starts right-to-left (its first letter is Arabic or
    /// Hebrew), so an emoji or a Latin word after an Arabic name sits to its left. HarfBuzz orders the glyphs within
    /// each run; this is the paragraph level only, not the full bidi algorithm.
    /// </summary>
    public static IReadOnlyList<Run> InVisualOrder(string text, IReadOnlyList<Run> runs) =>
        StartsRightToLeft(text) ? [.. runs.Reverse()] : runs;

    private static bool StartsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
            if (char.IsLetter(c))
            {
                return false;
            }
        }
        return false;
    }

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

    private Run ShapeRun(string text, SKTypeface typeface, float size)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            _shapers[typeface] = shaper = new SKShaper(typeface);
        }
        using var font = new SKFont(typeface, size);
        var shaped = shaper.Shape(text, font);
        return new Run(text, typeface, size, shaped.Codepoints, shaped.Points, shaped.Width);
    }
}
