namespace CommunityBot.Core.Engagement;

/// <summary>The community activity score I_k at one scoring run, with its parts; kept so /stats can show a trend.</summary>
public sealed record CommunitySnapshot(
    string Community,
    DateTimeOffset At,
    double Activity,
    double MeanEngagement,
    double MeanRecommendationValue,
    double TimeFactor,
    int Members,
    int ActiveMembers,
    int EventsInWindow);
