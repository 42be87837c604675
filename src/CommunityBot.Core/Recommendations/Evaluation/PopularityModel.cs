namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>The baseline: the items with the most training interactions that the member has not interacted with.</summary>
public sealed class PopularityModel : IRankingModel
{
    private readonly IReadOnlyList<string> _byPopularity;
    private readonly ILookup<string, string> _seen;

    public PopularityModel(IReadOnlyList<Interaction> train)
    {
        _byPopularity = train.GroupBy(i => i.Item, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        _seen = train.ToLookup(i => i.User, i => i.Item, StringComparer.Ordinal);
    }

    public string Name => "popularity";

    public IReadOnlyList<string> Recommend(string user, int k)
    {
        var seen = _seen[user].ToHashSet(StringComparer.Ordinal);
        return _byPopularity.Where(item => !seen.Contains(item)).Take(k).ToList();
    }
}
