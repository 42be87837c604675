using System.Globalization;
using System.Text;

namespace CommunityBot.Core.Import;

/// <summary>
/// Removes characters that only cause harm in stored text: control characters (except newline and tab),
/// bidirectional overrides that can disguise a name, and unpaired surrogates.
/// </summary>
public static class SafeText
{
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && !IsHostile(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The first <paramref name="maxLength"/> characters at most, never ending on half a surrogate pair.</summary>
    public static string Cap(string text, int maxLength) =>
        text.Length <= maxLength ? text : text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];

    /// <summary>Whether <see cref="Clean"/> would change the text (a scan that allocates nothing, for the ingest path).</summary>
    public static bool NeedsCleaning(string? text)
    {
        if (text is null)
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || IsHostile(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsHostile(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not '\u200D' and not '\u200C' and not '\uFE0F';
}
