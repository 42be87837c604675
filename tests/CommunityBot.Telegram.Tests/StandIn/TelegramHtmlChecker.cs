using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>
/// Parses text the way parse_mode HTML is documented: only the listed tags, only &amp;lt; &amp;gt; &amp;amp; &amp;quot;
/// and numeric entities; anything else is "can't parse entities". Returns the visible text.
/// </summary>
public static partial class TelegramHtmlChecker
{
    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"];

    public static string? VisibleText(string html, out string? error)
    {
        var visible = new StringBuilder();
        var open = new Stack<string>();
        error = null;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var match = Tag().Match(html, i);
                if (!match.Success || match.Index != i || !Tags.Contains(match.Groups["name"].Value))
                {
                    error = $"Can't parse entities: unsupported start tag at byte offset {i}";
                    return null;
                }
                var name = match.Groups["name"].Value;
                if (match.Groups["close"].Success)
                {
                    if (open.Count == 0 || open.Pop() != name)
                    {
                        error = $"Can't parse entities: unmatched end tag at byte offset {i}";
                        return null;
                    }
                }
                else
                {
                    open.Push(name);
                }
                i += match.Length - 1;
            }
            else if (c == '&')
            {
                var match = Entity().Match(html, i);
                if (!match.Success || match.Index != i)
                {
                    error = $"Can't parse entities: character entity expected at byte offset {i}";
                    return null;
                }
                visible.Append(WebUtility.HtmlDecode(match.Value));
                i += match.Length - 1;
            }
            else if (c == '>')
            {
                error = $"Can't parse entities: unexpected end tag at byte offset {i}";
                return null;
            }
            else
            {
                visible.Append(c);
            }
        }
        if (open.Count > 0)
        {
            error = "Can't parse entities: can't find end tag corresponding to start tag \"" + open.Peek() + "\"";
            return null;
        }
        return visible.ToString();
    }

    [GeneratedRegex("""<(?<close>/)?(?<name>[a-z-]+)(\s+[a-z-]+="[^"<>]*")*\s*>""")]
    private static partial Regex Tag();

    [GeneratedRegex("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();
}
