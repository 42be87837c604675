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
        var relevance = new double[count];
        var score = new double[count];
        var order = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (member.IsExcluded(i))
            {
                continue;
            }
            collaborative[i] = max > 0 ? collaborative[i] / max : 0;
            relevance[i] = RecommendationFormulas.Relevance(lambda, content[i], collaborative[i]);
            if (relevance[i] <= 0 && !popular)
            {
                continue;
            }
            score[i] = RecommendationFormulas.Score(weights, model.Quality(i), member.Engagement, relevance[i]);
            order.Add(i);
        }
        var courses = model.Space.Courses;
        order.Sort((a, b) => score[b] != score[a] ? score[b].CompareTo(score[a]) : string.CompareOrdinal(courses[a].Id, courses[b].Id));
        return new RankedCourses(model, [.. order], content, collaborative, relevance, score, lambda);
    }

    /// <summary>
    /// The ranking as arrays, each <see cref="ScoredCourse"/> made when read: the digest and /recommend read a handful
    /// of the 1,000 courses they rank for each member (one object per course per member was a fifth of what the
    /// bench allocated).
    /// </summary>
    private sealed class RankedCourses(RecommendationModel model, int[] order, double[] content, double[] collaborative,
        double[] relevance, double[] score, double lambda) : IReadOnlyList<ScoredCourse>
    {
        public int Count => order.Length;

        public ScoredCourse this[int index]
        {
            get
            {
                var i = order[index];
                return new ScoredCourse(model.Space.Courses[i], i, model.Quality(i), content[i], collaborative[i], lambda, relevance[i], score[i]);
            }
        }

        public IEnumerator<ScoredCourse> GetEnumerator()
        {
            for (var k = 0; k < order.Length; k++)
            {
                yield return this[k];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
