using System.Buffers;
using System.Text;
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
    public bool IsTopical(string text) => Ascii.IsValid(text) ? MatchAscii(text, null) : Match(text).Count > 0;

    /// <summary>Each (tag, term) the text mentions, once; a tag written with two terms appears twice.</summary>
    public IReadOnlyList<TagHit> Match(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        var hits = new List<TagHit>();
        if (Ascii.IsValid(text))
        {
            MatchAscii(text, hits);
            return hits;
        }
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

    /// <summary>
    /// <see cref="Match"/> for ASCII text, most chat: it needs no Unicode folding and has no spaceless script, so its
    /// words are spans of one lower-cased copy, looked up without a string per word (scoring asks this of every
    /// message). Collects into <paramref name="hits"/>, or with none stops at the first hit.
    /// </summary>
    private bool MatchAscii(string text, List<TagHit>? hits)
    {
        const int OnStack = 256;
        char[]? rentedText = null;
        (int Start, int Length)[]? rentedWords = null;
        try
        {
            // Sized to the text: a stack buffer is zeroed on every call, and a fixed 256 cost more than the matching.
            var lower = (text.Length <= OnStack ? stackalloc char[text.Length] : rentedText = ArrayPool<char>.Shared.Rent(text.Length))[..text.Length];
            Ascii.ToLower(text, lower, out _);
            var most = text.Length / 2 + 1; // words are at least one character, with a separator between two
            var words = most <= OnStack ? stackalloc (int Start, int Length)[most] : rentedWords = ArrayPool<(int, int)>.Shared.Rent(most);
            var count = AsciiWords(lower, words);
            var lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var i = 0; i < count; i++)
            {
                if (!lookup.TryGetValue(lower.Slice(words[i].Start, words[i].Length), out var candidates))
                {
                    continue;
                }
                foreach (var term in candidates)
                {
                    if (StartsAt(lower, words[..count], i, term.Words))
                    {
                        if (hits is null)
                        {
                            return true;
                        }
                        AddHit(hits, term);
                    }
                }
            }
            return hits is { Count: > 0 };
        }
        finally
        {
            if (rentedText is not null)
            {
                ArrayPool<char>.Shared.Return(rentedText);
            }
            if (rentedWords is not null)
            {
                ArrayPool<(int, int)>.Shared.Return(rentedWords);
            }
        }
    }

    /// <summary><see cref="TextNormalizer.Words"/> of lower-case ASCII, as ranges: letters and digits, then '+' and '#' inside a word.</summary>
    private static int AsciiWords(ReadOnlySpan<char> lower, Span<(int Start, int Length)> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (char.IsAsciiLetterOrDigit(c) || (c is '+' or '#' && start >= 0))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words[count++] = (start, i - start);
                start = -1;
            }
        }
        if (start >= 0)
        {
            words[count++] = (start, lower.Length - start);
        }
        return count;
    }

    private static bool StartsAt(ReadOnlySpan<char> lower, ReadOnlySpan<(int Start, int Length)> words, int start, IReadOnlyList<string> term)
    {
        if (start + term.Count > words.Length)
        {
            return false;
        }
        for (var k = 1; k < term.Count; k++)
        {
            if (!lower.Slice(words[start + k].Start, words[start + k].Length).SequenceEqual(term[k]))
            {
                return false;
            }
        }
        return true;
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
