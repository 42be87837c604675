using System.Globalization;
using System.Text;
using CommunityBot.Core.Import;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace CommunityBot.Pictures;

/// <summary>
/// Text on a card: made safe (no control, zero-width or bidi-override characters, no lone surrogates), split into
/// runs of one typeface each, shaped with HarfBuzz (Arabic joins, emoji sequences), measured and cut to a width.
/// </summary>
public sealed class CardText(FontLibrary fonts)
{
    private const string Ellipsis = "…";

    /// <summary>A run of text drawn with one typeface, and the glyphs HarfBuzz chose for it (0 is the missing-glyph box).</summary>
    public sealed record Run(string Text, SKTypeface Typeface, uint[] Glyphs, float Width);

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

    /// <summary>Draws the text from (x, baseline), cut with an ellipsis to <paramref name="maxWidth"/>; returns the width drawn.</summary>
    public float Draw(SKCanvas canvas, string text, float x, float baseline, float size, SKColor color, float maxWidth, bool bold = false)
    {
        var runs = Shape(text, size, bold);
        if (runs.Sum(r => r.Width) > maxWidth)
        {
            runs = Fit(text, size, bold, maxWidth);
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var start = x;
        foreach (var run in InVisualOrder(text, runs))
        {
            using var shaper = new SKShaper(run.Typeface);
            using var font = new SKFont(run.Typeface, size);
            canvas.DrawShapedText(shaper, run.Text, x, baseline, SKTextAlign.Left, font, paint);
            x += run.Width;
        }
        return x - start;
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

    private IReadOnlyList<Run> Fit(string text, float size, bool bold, float maxWidth)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(Clean(text));
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }
        for (var keep = elements.Count - 1; keep > 0; keep--)
        {
            var runs = Shape(string.Concat(elements.Take(keep)).TrimEnd() + Ellipsis, size, bold);
            if (runs.Sum(r => r.Width) <= maxWidth)
            {
                return runs;
            }
        }
        return Shape(Ellipsis, size, bold);
    }

    private static Run ShapeRun(string text, SKTypeface typeface, float size)
    {
        using var shaper = new SKShaper(typeface);
        using var font = new SKFont(typeface, size);
        var shaped = shaper.Shape(text, font);
        return new Run(text, typeface, shaped.Codepoints, shaped.Width);
    }
}
