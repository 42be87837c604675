using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Computes every member's C, I, R, U, points and level, and the community's activity, from the community's
/// events (DESIGN §4). Pure: the same events, settings and time always give the same numbers.
/// </summary>
public sealed class ScoreCalculator(ITopicMatcher topics)
{
    public ScoringResult Compute(string community, IReadOnlyList<ActivityEvent> events, CommunitySettings settings, DateTimeOffset now)
    {
        var run = new ScoringRun(community, settings, topics, now);
        foreach (var e in events)
        {
            run.Observe(e);
        }
        return run.Finish();
    }
}

public sealed record ScoringResult(IReadOnlyList<MemberScore> Members, CommunitySnapshot Snapshot);
