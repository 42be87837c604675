using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Recommendations;

/// <summary>Ranks courses for a member by R_uj (DESIGN §5), applies the filters and diversifies the head.</summary>
public static class Recommender
{
    public const int DiverseHead = 3;

    /// <summary>
    /// Every course the member may be shown, best first: not owned, not rejected with 👎, not cooling down,
    /// and with relevance above 0 unless <paramref name="popular"/> asks for the best courses regardless.
    /// </summary>
    public static IReadOnlyList<ScoredCourse> Rank(RecommendationModel model, MemberSignals member, Weights weights, bool popular)
    {
        var count = model.Space.Count;
        var content = new double[count];
        var collaborative = new double[count];
        model.Space.Cosines(member.Profile, content);
        model.Knn.Accumulate(member.Interacted, collaborative);
        var max = 0.0;
        for (var i = 0; i < count; i++)
        {
            if (!member.IsExcluded(i) && collaborative[i] > max)
            {
                max = collaborative[i];
            }
        }
        var lambda = member.Interacted.Count == 0 ? 1 : model.Options.ContentWeight;
        var ranked = new List<ScoredCourse>();
        for (var i = 0; i < count; i++)
        {
            if (member.IsExcluded(i))
            {
                continue;
            }
            var collab = max > 0 ? collaborative[i] / max : 0;
            var relevance = RecommendationFormulas.Relevance(lambda, content[i], collab);
            if (relevance <= 0 && !popular)
            {
                continue;
            }
            var quality = model.Quality(i);
            ranked.Add(new ScoredCourse(model.Space.Courses[i], i, quality, content[i], collab, lambda, relevance,
                RecommendationFormulas.Score(weights, quality, member.Engagement, relevance)));
        }
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Course.Id, b.Course.Id));
        return ranked;
    }

    /// <summary>
    /// Takes <paramref name="take"/> courses in rank order, except that the first three never share a primary tag:
    /// a course whose primary tag is already in the head is passed over there and may appear after it.
    /// </summary>
    public static IReadOnlyList<ScoredCourse> Diversify(IReadOnlyList<ScoredCourse> ranked, int take)
    {
        var head = new List<ScoredCourse>();
        var primaries = new HashSet<string>(StringComparer.Ordinal);
        var headSize = Math.Min(DiverseHead, take);
        foreach (var course in ranked)
        {
            if (head.Count == headSize)
            {
                break;
            }
            if (primaries.Add(PrimaryKey(course)))
            {
                head.Add(course);
            }
        }
        if (take <= DiverseHead)
        {
            return head;
        }
        var chosen = head.Select(c => c.Index).ToHashSet();
        return head.Concat(ranked.Where(c => !chosen.Contains(c.Index)).Take(take - head.Count)).ToList();
    }

    private static string PrimaryKey(ScoredCourse course) => Matching.TextNormalizer.Key(course.Course.PrimaryTag);
}
