using System.Text.RegularExpressions;

namespace CommunityBot.Core.Engagement;

/// <summary>A text is topical when it contains one of the keywords as a whole word, ignoring case and punctuation.</summary>
public sealed class KeywordTopicMatcher : ITopicMatcher
{
    private readonly Regex? _pattern;

    public KeywordTopicMatcher(IEnumerable<string> keywords)
    {
        var alternatives = keywords
            .Select(k => k.Trim().ToLowerInvariant())
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(k => k.Length)
            .Select(k => Regex.Escape(k).Replace("\\ ", "[\\s\\-_]+", StringComparison.Ordinal).Replace("-", "[\\s\\-_]?", StringComparison.Ordinal))
            .ToList();
        if (alternatives.Count > 0)
        {
            _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        }
    }

    public bool IsTopical(string text) => _pattern is not null && _pattern.IsMatch(text);
}
