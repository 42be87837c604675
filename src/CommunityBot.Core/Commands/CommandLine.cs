using System.Text;

namespace CommunityBot.Core.Commands;

/// <summary>Splits "/name arg 'quoted arg'" into a name and arguments.</summary>
public static class CommandLine
{
    public const int MaxLength = 4096;

    public static (string Name, IReadOnlyList<string> Args) Parse(string text)
    {
        var words = Split(text.Trim());
        if (words.Count == 0 || !words[0].StartsWith('/'))
        {
            return ("", []);
        }
        var name = words[0][1..];
        var at = name.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            name = name[..at]; // Telegram's "/cmd@BotName" form
        }
        return (name.ToLowerInvariant(), words.Skip(1).ToList());
    }

    /// <summary>Everything after the first word ("/name"), with its line breaks and quotes kept.</summary>
    public static string AfterName(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }
        return trimmed[end..].TrimStart();
    }

    private static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                if (c == quote) { quote = null; } else { current.Append(c); }
            }
            else if (c is '"' or '\'' && current.Length == 0)
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                Flush(words, current);
            }
            else
            {
                current.Append(c);
            }
        }
        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
