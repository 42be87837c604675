using System.Globalization;
using CommunityBot.Core.Recommendations.Profiles;

namespace CommunityBot.Core.Recommendations;

/// <summary>One line per pick naming what mattered most: the member's own words, their interests, similar members, or quality.</summary>
public static class RecommendationExplainer
{
    public static string Why(RecommendationModel model, MemberSignals member, ScoredCourse pick)
    {
        var content = pick.Lambda * pick.Content;
        var collaborative = (1 - pick.Lambda) * pick.Collaborative;
        if (content > 0 && content >= collaborative)
        {
            var tags = model.Space.TagKeys[pick.Index];
            var terms = member.Profile.TopTerms(tags, 2);
            if (terms.Count > 0)
            {
                return "you talked about " + JoinAnd(terms);
            }
            var interests = tags.Where(member.Profile.Weights.ContainsKey)
                .OrderByDescending(t => member.Profile.Weights[t]).ThenBy(t => t, StringComparer.Ordinal).Take(2).ToList();
            if (interests.Count > 0)
            {
                return "it matches your interest in " + JoinAnd(interests);
            }
        }
        if (collaborative > 0 && StrongestNeighbor(model, member, pick.Index) is { } similar)
        {
            return $"members who took {model.Space.Courses[similar].Title} also took this";
        }
        return pick.Course.Rating is { } rating
            ? string.Create(CultureInfo.InvariantCulture, $"a popular course, rated {rating:0.0}/5")
            : "a popular course with members";
    }

    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static int? StrongestNeighbor(RecommendationModel model, MemberSignals member, int course)
    {
        int? best = null;
        var bestScore = 0.0;
        foreach (var (taken, weight) in member.Interacted.OrderBy(kv => kv.Key))
        {
            foreach (var (neighbor, similarity) in model.Knn.Neighbors(taken))
            {
                if (neighbor == course && weight * similarity > bestScore)
                {
                    best = taken;
                    bestScore = weight * similarity;
                }
            }
        }
        return best;
    }
}
