namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>A model under evaluation, trained on a split's training part.</summary>
public interface IRankingModel
{
    string Name { get; }

    /// <summary>At most <paramref name="k"/> item ids for the member, best first, none the member trained on.</summary>
    IReadOnlyList<string> Recommend(string user, int k);
}
