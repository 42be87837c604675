using SkiaSharp;

namespace CommunityBot.Pictures;

/// <summary>
/// The typefaces a card draws with, loaded from files, and the choice of one per text element: the first that has a
/// glyph for it (emoji first for emoji). One font per label would draw boxes for every script it lacks.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    /// <summary>Font files in order of preference: Latin, Greek and Cyrillic; Arabic; Hebrew; Chinese; then the rest.</summary>
    public static readonly string[] Wanted =
    [
        "NotoSans-Regular.ttf", "NotoSansArabic-Regular.ttf", "NotoSansHebrew-Regular.ttf", "DroidSansFallbackFull.ttf",
        "NotoSansDevanagari-Regular.ttf", "NotoSansThai-Regular.ttf", "DejaVuSans.ttf",
    ];

    private const string EmojiFile = "NotoColorEmoji.ttf";
    private const string BoldFile = "NotoSans-Bold.ttf";

    private readonly List<SKTypeface> _text;
    private readonly SKTypeface? _emoji;
    private readonly Dictionary<SKTypeface, SKFont> _probes = [];

    private FontLibrary(List<SKTypeface> text, SKTypeface? emoji, SKTypeface? bold, string regularFile)
    {
        RegularFile = regularFile;
        _text = text;
        _emoji = emoji;
        Bold = bold ?? text[0];
        foreach (var typeface in text.Append(emoji).Append(Bold).OfType<SKTypeface>().Distinct())
        {
            _probes[typeface] = new SKFont(typeface);
        }
    }

    public SKTypeface Regular => _text[0];

    /// <summary>The file of <see cref="Regular"/>, for chart labels (ScottPlot draws each label in one font).</summary>
    public string RegularFile { get; }

    public SKTypeface Bold { get; }

    /// <summary>The fonts found in the folders, or null when not even one text font is there.</summary>
    public static FontLibrary? Load(IEnumerable<string> folders)
    {
        var files = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.ttf", SearchOption.AllDirectories))
            .GroupBy(Path.GetFileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);
        SKTypeface? Open(string name) => files.TryGetValue(name, out var path) ? SKTypeface.FromFile(path) : null;
        var text = Wanted.Select(Open).OfType<SKTypeface>().ToList();
        return text.Count == 0 ? null : new FontLibrary(text, Open(EmojiFile), Open(BoldFile), files[Wanted.First(files.ContainsKey)]);
    }

    /// <summary>The typeface for one text element (a user-perceived character, possibly several code points).</summary>
    public SKTypeface For(string element, SKTypeface preferred)
    {
        var first = char.ConvertToUtf32(element, 0);
        if (_emoji is not null && IsEmoji(element, first) && Has(_emoji, first))
        {
            return _emoji;
        }
        if (Has(preferred, first))
        {
            return preferred;
        }
        foreach (var typeface in _text)
        {
            if (Has(typeface, first))
            {
                return typeface;
            }
        }
        return _emoji is not null && Has(_emoji, first) ? _emoji : preferred;
    }

    private bool Has(SKTypeface typeface, int codepoint)
    {
        lock (_probes)
        {
            return _probes[typeface].ContainsGlyph(codepoint);
        }
    }

    private static bool IsEmoji(string element, int first) =>
        first >= 0x1F000 || element.Contains('\uFE0F', StringComparison.Ordinal) || element.Contains('\u200D', StringComparison.Ordinal)
        || first is >= 0x2600 and <= 0x27BF;

    public void Dispose()
    {
        foreach (var (typeface, probe) in _probes)
        {
            probe.Dispose();
            typeface.Dispose();
        }
    }
}
