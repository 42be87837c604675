using System.Text;
using System.Text.RegularExpressions;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Import;

namespace CommunityBot.Core.Live;

/// <summary>
/// Admin-written templates with {placeholders}, and the names put into them. Adapters escape markup and send with
/// mentions disabled; names are made inert here too, so a copied text can never ping (Telegram turns "@name" into a
/// mention) and bidi or zero-width tricks cannot disguise a line.
/// </summary>
public static partial class MessageTemplate
{
    public const int MaxLength = 500;
    private const int MaxNameLength = 64;

    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    /// <summary>Refuses an empty, too long or unknown-placeholder template with a message naming the problem.</summary>
    public static string Validate(string template, IReadOnlyCollection<string> allowed)
    {
        var clean = Inert(SafeText.Clean(template) ?? "").Trim();
        if (clean.Length == 0)
        {
            throw new CommandUsageException("The template is empty.");
        }
        if (clean.Length > MaxLength)
        {
            throw new CommandUsageException($"The template is {clean.Length} characters long; at most {MaxLength} fit.");
        }
        var unknown = Placeholder().Matches(clean).Select(m => m.Groups[1].Value).Where(p => !allowed.Contains(p)).Distinct().ToList();
        return unknown.Count == 0
            ? clean
            : throw new CommandUsageException($"Unknown placeholder {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; use {string.Join(", ", allowed.Select(a => "{" + a + "}"))}.");
    }

    /// <summary>A member's name as shown in a post: one line, no control or format characters, no mention.</summary>
    public static string SafeName(string? name, string fallback)
    {
        var oneLine = OneLine(name, MaxNameLength);
        return oneLine.Length == 0 ? fallback : oneLine;
    }

    /// <summary>The start of a member's message, made safe the way <see cref="SafeName"/> makes a name safe.</summary>
    public static string Snippet(string? text, int maxLength) => OneLine(text, maxLength);

    private static string OneLine(string? text, int maxLength)
    {
        var clean = SafeText.Clean(text) ?? "";
        var builder = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var oneLine = Spaces().Replace(builder.ToString(), " ").Trim();
        if (oneLine.Length > maxLength)
        {
            oneLine = SafeText.Cap(oneLine, maxLength).TrimEnd() + "…";
        }
        return Inert(oneLine);
    }

    /// <summary>"@" becomes the look-alike "＠": no platform reads it as a mention (@everyone, @here, @user).</summary>
    private static string Inert(string text) => text.Replace('@', '＠');

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
