namespace CommunityBot.Core.Recommendations;

/// <summary>A member's decayed interest per tag, with the words that produced it (for explanations).</summary>
public sealed class InterestProfile
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, double>> _terms = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Weights => _weights;

    public bool IsEmpty => _weights.Count == 0;

    public double Norm => Math.Sqrt(_weights.Values.Sum(w => w * w));

    /// <summary>Adds evidence for a tag.</summary>
    public void AddTag(string tag, double weight)
    {
        if (weight > 0)
        {
            _weights[tag] = _weights.GetValueOrDefault(tag) + weight;
        }
    }

    /// <summary>Adds weight to one word the member used for a tag.</summary>
    public void AddTerm(string tag, string term, double weight)
    {
        if (weight <= 0)
        {
            return;
        }
        if (!_terms.TryGetValue(tag, out var known))
        {
            _terms[tag] = known = new Dictionary<string, double>(StringComparer.Ordinal);
        }
        known[term] = known.GetValueOrDefault(term) + weight;
    }

    /// <summary>The words the member used most for these tags, strongest first.</summary>
    public IReadOnlyList<string> TopTerms(IEnumerable<string> tags, int take) =>
        tags.Where(_terms.ContainsKey)
            .SelectMany(t => _terms[t])
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, Weight: g.Sum(kv => kv.Value)))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Term, StringComparer.Ordinal)
            .Take(take).Select(x => x.Term).ToList();
}
