using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations;

/// <summary>One candidate course for one member with every term of R_uj, so the choice can be explained.</summary>
public sealed record ScoredCourse(
    Course Course,
    int Index,
    double Quality,
    double Content,
    double Collaborative,
    double Lambda,
    double Relevance,
    double Score);
