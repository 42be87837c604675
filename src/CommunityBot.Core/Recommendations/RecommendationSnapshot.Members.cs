using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Recommendations;

public sealed partial class RecommendationSnapshot
{
    /// <summary>Type weights of DESIGN §4 (message 1, reply 1.5, topic start 2, reaction 0.25) and 3 per course interaction.</summary>
    private const double ReactionWeight = 0.25;
    private const double CourseWeight = 3;

    /// <summary>The member's profile, history and filters as of <paramref name="now"/>.</summary>
    public MemberSignals Signals(string user, DateTimeOffset now, double halfLifeDays, int cooldownDays, double engagement)
    {
        var profile = new InterestProfile();
        var owned = new HashSet<int>();
        var rejected = new HashSet<int>();
        var cooling = new HashSet<int>();
        var interacted = new Dictionary<int, double>();
        DateTimeOffset? lastUnsolicited = null;
        var cooldownStart = now.AddDays(-cooldownDays);
        var events = _members.TryGetValue(user, out var member) ? member.Events : [];
        foreach (var e in events.Where(e => e.At <= now))
        {
            var decay = RecommendationFormulas.Decay(now - e.At, halfLifeDays);
            var course = e.Course is null ? null : Space.IndexOf(e.Course);
            switch (e.Kind)
            {
                case EventKind.Message when e.MessageId is { } id && _messageTags.TryGetValue(id, out var hits):
                    var weight = e.ThreadStart ? 2 : e.ReplyTo is null ? 1 : 1.5;
                    AddHits(profile, hits, weight * decay);
                    break;
                case EventKind.ReactionAdded when e.MessageId is { } id && _messageTags.TryGetValue(id, out var hits):
                    AddHits(profile, hits, ReactionWeight * decay);
                    break;
                case EventKind.RecommendationShown when course is { } shown:
                    if (e.Detail == RecommendationEvents.Digest)
                    {
                        lastUnsolicited = e.At;
                        if (e.At >= cooldownStart)
                        {
                            cooling.Add(shown);
                        }
                    }
                    break;
                case EventKind.RecommendationFeedback when course is { } rated:
                    ApplyFeedback(e, rated, profile, rejected, cooling, cooldownStart, decay);
                    if (e.Detail == RecommendationEvents.Up)
                    {
                        interacted[rated] = decay;
                    }
                    break;
                case EventKind.RecommendationClicked or EventKind.CourseEnrolled when course is { } taken:
                    AddCourse(profile, taken, decay);
                    interacted[taken] = decay;
                    if (e.Kind == EventKind.CourseEnrolled)
                    {
                        owned.Add(taken);
                    }
                    break;
            }
        }
        return new MemberSignals(user, profile, interacted, owned, rejected, cooling, engagement) { LastUnsolicited = lastUnsolicited };
    }

    /// <summary>
    /// A stand-in for the engagement score U when the scorer has none: the interaction frequency R of DESIGN §4,
    /// ln(1+raw)/ln(1+max raw) over decayed messages and reactions.
    /// </summary>
    public IReadOnlyDictionary<string, double> ActivityEngagement(DateTimeOffset now, double halfLifeDays)
    {
        var raw = _members.ToDictionary(m => m.Key, m => m.Value.Events.Where(e => e.At <= now).Sum(e => e.Kind switch
        {
            EventKind.Message => (e.ThreadStart ? 2 : e.ReplyTo is null ? 1 : 1.5) * RecommendationFormulas.Decay(now - e.At, halfLifeDays),
            EventKind.ReactionAdded => ReactionWeight * RecommendationFormulas.Decay(now - e.At, halfLifeDays),
            _ => 0,
        }), StringComparer.Ordinal);
        var max = raw.Count == 0 ? 0 : raw.Values.Max();
        return raw.ToDictionary(kv => kv.Key, kv => max <= 0 ? 0 : Math.Log(1 + kv.Value) / Math.Log(1 + max), StringComparer.Ordinal);
    }

    private void ApplyFeedback(ActivityEvent e, int course, InterestProfile profile, HashSet<int> rejected, HashSet<int> cooling,
        DateTimeOffset cooldownStart, double decay)
    {
        switch (e.Detail)
        {
            case RecommendationEvents.Up:
                rejected.Remove(course);
                AddCourse(profile, course, decay);
                break;
            case RecommendationEvents.Down:
                rejected.Add(course);
                break;
            case RecommendationEvents.Dismiss when e.At >= cooldownStart:
                cooling.Add(course);
                break;
        }
    }

    private static void AddHits(InterestProfile profile, IReadOnlyList<Matching.TagHit> hits, double weight)
    {
        foreach (var tag in hits.GroupBy(h => h.Tag, StringComparer.Ordinal))
        {
            profile.Add(tag.Key, tag.Select(h => h.Term), weight);
        }
    }

    private void AddCourse(InterestProfile profile, int course, double decay)
    {
        foreach (var tag in Space.TagKeys[course])
        {
            profile.Add(tag, [], CourseWeight * decay);
        }
    }
}
