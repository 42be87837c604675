using System.Globalization;

namespace CommunityBot.Pictures;

/// <summary>
/// The Unicode Bidirectional Algorithm (UAX #9) for one line of card text: paragraph level (P2, P3), weak types
/// (W1–W7), neutrals (N1, N2), implicit levels (I1, I2), trailing whitespace (L1) and reordering (L2). The explicit
/// rules (X1–X10) have nothing to do here: <see cref="CardText.Clean"/> drops every embedding, override and isolate
/// character first, since a prankster's override could otherwise disguise a name. Bidi classes come from Unicode
/// blocks and general categories, which is exact for the scripts card fonts cover.
/// </summary>
public static class Bidi
{
    internal enum Class : byte { L, R, AL, EN, ES, ET, AN, CS, NSM, BN, WS, ON }

    /// <summary>0 when the text's first strong character is left-to-right (or there is none), 1 when right-to-left.</summary>
    public static int ParagraphLevel(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            switch (ClassOf(char.ConvertToUtf32(text, i)))
            {
                case Class.L: return 0;
                case Class.R or Class.AL: return 1;
                default: break;
            }
        }
        return 0;
    }

    /// <summary>The resolved embedding level of each UTF-16 unit of the text (a surrogate pair shares one).</summary>
    public static byte[] Levels(string text)
    {
        var starts = new List<int>();
        var types = new List<Class>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            starts.Add(i);
            types.Add(ClassOf(char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text, i) : text[i]));
        }
        var paragraph = ParagraphLevel(text);
        var resolved = Resolve([.. types], paragraph);
        // L1: whitespace at the end of the line goes back to the paragraph level.
        for (var k = types.Count - 1; k >= 0 && types[k] is Class.WS or Class.BN; k--)
        {
            resolved[k] = (byte)paragraph;
        }
        var levels = new byte[text.Length];
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : text.Length;
            for (var i = starts[k]; i < end; i++)
            {
                levels[i] = resolved[k];
            }
        }
        return levels;
    }

    /// <summary>Rule L2: the order in which to show items of these levels, left to right (indexes into the list).</summary>
    public static int[] VisualOrder(IReadOnlyList<byte> levels)
    {
        var order = Enumerable.Range(0, levels.Count).ToArray();
        if (levels.Count == 0)
        {
            return order;
        }
        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        for (var level = highest; level >= lowestOdd && level > 0; level--)
        {
            for (var i = 0; i < order.Length; i++)
            {
                if (levels[order[i]] < level)
                {
                    continue;
                }
                var end = i;
                while (end + 1 < order.Length && levels[order[end + 1]] >= level)
                {
                    end++;
                }
                Array.Reverse(order, i, end - i + 1);
                i = end;
            }
        }
        return order;
    }

    /// <summary>The text in display order, code point by code point (for tests and diagnostics; cards reorder shaped runs).</summary>
    public static string Reorder(string text)
    {
        var points = new List<string>();
        var levels = new List<byte>();
        var all = Levels(text);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            points.Add(text.Substring(i, char.IsSurrogatePair(text, i) ? 2 : 1));
            levels.Add(all[i]);
        }
        return string.Concat(VisualOrder(levels).Select(i => points[i]));
    }

    private static byte[] Resolve(Class[] t, int paragraph)
    {
        var sos = paragraph == 1 ? Class.R : Class.L;
        var n = t.Length;
        // W1: a mark takes the type of what it marks.
        for (var i = 0; i < n; i++)
        {
            if (t[i] == Class.NSM)
            {
                t[i] = i == 0 ? sos : t[i - 1];
            }
        }
        // W2: European digits after Arabic letters are Arabic numbers. W3: Arabic letters are right-to-left.
        var strong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is Class.L or Class.R or Class.AL)
            {
                strong = t[i];
            }
            else if (t[i] == Class.EN && strong == Class.AL)
            {
                t[i] = Class.AN;
            }
        }
        for (var i = 0; i < n; i++)
        {
            if (t[i] == Class.AL)
            {
                t[i] = Class.R;
            }
        }
        // W4: one separator between two numbers of a kind joins them.
        for (var i = 1; i + 1 < n; i++)
        {
            if (t[i - 1] == Class.EN && t[i + 1] == Class.EN && t[i] is Class.ES or Class.CS)
            {
                t[i] = Class.EN;
            }
            else if (t[i - 1] == Class.AN && t[i + 1] == Class.AN && t[i] == Class.CS)
            {
                t[i] = Class.AN;
            }
        }
        // W5: terminators (%, $, °) next to European digits belong to them.
        for (var i = 0; i < n; i++)
        {
            if (t[i] != Class.ET)
            {
                continue;
            }
            var end = i;
            while (end < n && t[end] == Class.ET)
            {
                end++;
            }
            if ((i > 0 && t[i - 1] == Class.EN) || (end < n && t[end] == Class.EN))
            {
                Array.Fill(t, Class.EN, i, end - i);
            }
            i = end - 1;
        }
        // W6: separators and terminators left over are neutral. W7: European digits after a left-to-right letter are left-to-right.
        strong = sos;
        for (var i = 0; i < n; i++)
        {
            if (t[i] is Class.ES or Class.ET or Class.CS)
            {
                t[i] = Class.ON;
            }
            if (t[i] is Class.L or Class.R)
            {
                strong = t[i];
            }
            else if (t[i] == Class.EN && strong == Class.L)
            {
                t[i] = Class.L;
            }
        }
        // N1: neutrals between two strong types of one direction take it (numbers count as right-to-left). N2: the rest take the paragraph's.
        for (var i = 0; i < n; i++)
        {
            if (!IsNeutral(t[i]))
            {
                continue;
            }
            var end = i;
            while (end < n && IsNeutral(t[end]))
            {
                end++;
            }
            var before = i == 0 ? sos : Direction(t[i - 1]);
            var after = end == n ? sos : Direction(t[end]);
            Array.Fill(t, before == after ? before : sos, i, end - i);
            i = end - 1;
        }
        // I1, I2.
        var levels = new byte[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = (byte)(paragraph == 0
                ? t[i] switch { Class.R => 1, Class.AN or Class.EN => 2, _ => 0 }
                : t[i] switch { Class.L or Class.EN or Class.AN => 2, _ => 1 });
        }
        return levels;
    }

    private static bool IsNeutral(Class c) => c is Class.ON or Class.WS or Class.BN;

    private static Class Direction(Class c) => c is Class.L ? Class.L : Class.R;

    internal static Class ClassOf(int cp)
    {
        switch (cp)
        {
            case >= '0' and <= '9' or 0xB2 or 0xB3 or 0xB9 or >= 0x06F0 and <= 0x06F9 or >= 0xFF10 and <= 0xFF19: return Class.EN;
            case >= 0x0660 and <= 0x0669 or 0x066B or 0x066C or >= 0x0600 and <= 0x0605 or 0x06DD: return Class.AN;
            case '+' or '-' or 0x207A or 0x207B or 0x208A or 0x208B or 0x2212 or 0xFB29 or 0xFE62 or 0xFE63 or 0xFF0B or 0xFF0D: return Class.ES;
            case '#' or '$' or '%' or 0xB0 or 0xB1 or 0x2030 or 0x2031 or 0x2032 or 0x2033 or 0x2034 or 0x066A: return Class.ET;
            case ',' or '.' or '/' or ':' or 0xA0 or 0x060C or 0x202F or 0x2044 or 0xFE50 or 0xFE52 or 0xFE55 or 0xFF0C or 0xFF0E or 0xFF0F or 0xFF1A: return Class.CS;
            case 0x200D or 0x200C or 0xFE0F or 0xFE0E: return Class.BN;
            default: break;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return Class.NSM;
        }
        if (category == UnicodeCategory.CurrencySymbol)
        {
            return Class.ET;
        }
        // Right-to-left blocks: letters and their punctuation are strong, but for these few.
        switch (cp)
        {
            case 0x0606 or 0x0607 or 0x060E or 0x060F or 0x06DE or 0x06E9 or 0xFD3E or 0xFD3F: return Class.ON;
            case 0x0609 or 0x060A: return Class.ET;
            case 0x060D: return Class.CS;
            default: break;
        }
        if (cp is >= 0x0590 and <= 0x05FF or >= 0x07C0 and <= 0x085F or >= 0xFB1D and <= 0xFB4F or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EDFF)
        {
            return Class.R;
        }
        if (cp is >= 0x0600 and <= 0x07BF or >= 0x0860 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF or >= 0x1EE00 and <= 0x1EEFF)
        {
            return Class.AL;
        }
        if (category is UnicodeCategory.SpaceSeparator)
        {
            return Class.WS;
        }
        if (category is UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return Class.BN;
        }
        return IsNeutralCategory(category) ? Class.ON : Class.L;
    }

    /// <summary>Punctuation and symbols (emoji among them) are other neutrals; letters, marks and other numbers are strong.</summary>
    private static bool IsNeutralCategory(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation
        or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
        or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate;
}
