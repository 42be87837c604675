using CommunityBot.Core.Engagement;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Matching;

/// <summary>
/// Finds which catalog tags a text talks about. A tag matches itself; a synonym matches its course's
/// primary tag. Tags are identified by <see cref="TextNormalizer.Key"/>, so "Machine-Learning" and
/// "machine learning" are one tag.
/// </summary>
public sealed class TagMatcher : ITopicMatcher
{
    private readonly Dictionary<string, List<Term>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<Term> _spaceless = [];

    private TagMatcher(IEnumerable<Course> courses)
    {
        foreach (var course in courses)
        {
            foreach (var tag in course.Tags)
            {
                Add(tag, TextNormalizer.Key(tag));
            }
            var primary = TextNormalizer.Key(course.PrimaryTag);
            foreach (var synonym in course.Synonyms)
            {
                Add(synonym, primary);
            }
        }
    }

    public static TagMatcher For(IEnumerable<Course> courses) => new(courses);

    /// <summary>Topical for the interest score I_i: mentions any catalog tag or synonym.</summary>
    public bool IsTopical(string text) => Match(text).Count > 0;

    /// <summary>Each (tag, term) the text mentions, once; a tag written with two terms appears twice.</summary>
    public IReadOnlyList<TagHit> Match(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var hits = new List<TagHit>();
        var words = TextNormalizer.Words(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }
            foreach (var term in candidates)
            {
                if (StartsAt(words, i, term.Words))
                {
                    AddHit(hits, term);
                }
            }
        }
        if (_spaceless.Count > 0 && TextNormalizer.HasSpacelessScript(text))
        {
            var compact = TextNormalizer.Compact(text);
            foreach (var term in _spaceless.Where(t => compact.Contains(t.Compact, StringComparison.Ordinal)))
            {
                AddHit(hits, term);
            }
        }
        return hits;
    }

    private void Add(string surface, string tag)
    {
        if (TextNormalizer.HasSpacelessScript(surface))
        {
            _spaceless.Add(new Term(surface, tag, [], TextNormalizer.Compact(surface)));
            return;
        }
        var words = TextNormalizer.Words(surface);
        if (words.Count == 0)
        {
            return;
        }
        if (!_byFirstWord.TryGetValue(words[0], out var list))
        {
            _byFirstWord[words[0]] = list = [];
        }
        list.Add(new Term(surface, tag, words, ""));
    }

    private static bool StartsAt(IReadOnlyList<string> words, int start, IReadOnlyList<string> term)
    {
        if (start + term.Count > words.Count)
        {
            return false;
        }
        for (var k = 1; k < term.Count; k++)
        {
            if (!string.Equals(words[start + k], term[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static void AddHit(List<TagHit> hits, Term term)
    {
        var hit = new TagHit(term.Tag, term.Surface.Trim().ToLowerInvariant());
        if (!hits.Contains(hit))
        {
            hits.Add(hit);
        }
    }

    private sealed record Term(string Surface, string Tag, IReadOnlyList<string> Words, string Compact);
}
