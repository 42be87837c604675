using System.Text;

namespace CommunityBot.Telegram.Replies;

/// <summary>Escaping for parse_mode HTML, where only &amp;, &lt; and &gt; are special (MarkdownV2 has 18 such characters).</summary>
internal static class TelegramHtml
{
    /// <summary>
    /// Escapes text; a word joiner after '@' keeps "@name" from becoming a mention that notifies someone
    /// (replies are sent with mentions disabled).
    /// </summary>
    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '@' => "@\u2060",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }

    /// <summary>Characters <paramref name="c"/> takes once escaped.</summary>
    public static int EscapedLength(char c) => c switch
    {
        '&' => 5,
        '<' or '>' => 4,
        '@' => 2,
        _ => 1,
    };
}
