using System.Text;

namespace CommunityBot.Core.Recommendations.Matching;

/// <summary>
/// Case- and punctuation-insensitive forms of text. Words are runs of letters and digits (plus '+' and '#'
/// inside a word, for c++ and c#). Scripts written without spaces (Chinese, Japanese, Thai) have no word
/// boundaries to respect, so terms in them match as substrings of the text with spaces and punctuation removed.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The identity of a tag or term: its words joined by single spaces ("Machine-Learning" → "machine learning").</summary>
    public static string Key(string term) =>
        HasSpacelessScript(term) ? Compact(term) : string.Join(' ', Words(term));

    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if ((char.IsLetterOrDigit(c) || IsMark(c)) && !IsSpaceless(c))
            {
                current.Append(c);
            }
            else if (c is '+' or '#' && current.Length > 0)
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    /// <summary>Letters and digits only, case-folded: the haystack for terms in spaceless scripts.</summary>
    public static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static bool HasSpacelessScript(string text) => text.Any(IsSpaceless);

    /// <summary>Han, kana and Thai characters.</summary>
    public static bool IsSpaceless(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\u0E00' and <= '\u0E7F');

    private static string Fold(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            // Normalize refuses invalid UTF-16 (a lone surrogate a prankster typed); cleaning first costs nothing on valid text.
            return Import.SafeText.Clean(text)!.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        }
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
