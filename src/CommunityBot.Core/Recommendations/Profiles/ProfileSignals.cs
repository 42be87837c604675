namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>Turns a stored profile into what the ranking needs as of one moment.</summary>
public static class ProfileSignals
{
    /// <summary>The member's interests, history and filters as of <paramref name="now"/> (an unknown member has none).</summary>
    public static MemberSignals Of(RecommendationModel model, string user, MemberProfile? profile, DateTimeOffset now, int cooldownDays, double engagement)
    {
        var interests = new InterestProfile();
        var owned = new HashSet<int>();
        var rejected = new HashSet<int>();
        var cooling = new HashSet<int>();
        var interacted = new Dictionary<int, double>();
        if (profile is null)
        {
            return new MemberSignals(user, interests, interacted, owned, rejected, cooling, engagement);
        }
        var scale = profile.ScaleAt(now, model.HalfLifeDays);
        foreach (var (tag, evidence) in profile.Interests)
        {
            interests.AddTag(tag, evidence.Sum * scale);
        }
        foreach (var (tag, terms) in profile.Terms)
        {
            foreach (var (term, evidence) in terms)
            {
                interests.AddTerm(tag, term, evidence.Sum * scale);
            }
        }
        var cooldownStart = now.AddDays(-cooldownDays);
        foreach (var (id, history) in profile.Courses)
        {
            if (model.Space.IndexOf(id) is not { } course)
            {
                continue;
            }
            if (history.Owned)
            {
                owned.Add(course);
            }
            if (history.Rejected)
            {
                rejected.Add(course);
            }
            if (history.LastDigestShown >= cooldownStart || history.LastDismissed >= cooldownStart)
            {
                cooling.Add(course);
            }
            if (history.LastInteracted is { } at)
            {
                interacted[course] = RecommendationFormulas.Decay(now - at, model.HalfLifeDays);
            }
        }
        return new MemberSignals(user, interests, interacted, owned, rejected, cooling, engagement) { LastUnsolicited = profile.LastUnsolicited };
    }

    /// <summary>
    /// A stand-in for the engagement score U when the scorer has none: the interaction frequency R of DESIGN §4,
    /// ln(1+raw)/ln(1+max raw) over decayed messages and reactions.
    /// </summary>
    public static double ActivityEngagement(RecommendationModel model, MemberProfile? profile, DateTimeOffset now)
    {
        var max = model.MaxActivityAt(now);
        return profile is null || max <= 0 ? 0 : Math.Log(1 + (profile.Activity * profile.ScaleAt(now, model.HalfLifeDays))) / Math.Log(1 + max);
    }
}
