using System.Text;
using System.Text.RegularExpressions;

namespace CommunityBot.Discord.Rest;

/// <summary>Escapes Discord markdown so a reply's plain text (member names, free text) shows exactly as written.</summary>
internal static partial class DiscordMarkdown
{
    private const string Special = "\\*_~`|[]<";

    /// <summary>URLs stay as they are (an escaped URL is a broken link); '>', '#' and '-' only matter at a line start.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match url in UrlPattern().Matches(text))
        {
            EscapeInto(builder, text.AsSpan(last, url.Index - last), last == 0 || text[last - 1] == '\n');
            builder.Append(url.Value);
            last = url.Index + url.Length;
        }
        EscapeInto(builder, text.AsSpan(last), last == 0 || text[last - 1] == '\n');
        return builder.ToString();
    }

    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static void EscapeInto(StringBuilder builder, ReadOnlySpan<char> text, bool lineStart)
    {
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && c is '>' or '#' or '-'))
            {
                builder.Append('\\');
            }
            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
