namespace CommunityBot.Core.Engagement;

internal sealed partial class ScoringState
{
    private bool _everOutput;

    /// <summary>
    /// Every member's scores as of <paramref name="now"/> (normalizing needs the community's maxima, so all are
    /// computed, in memory), and the stored totals of only the members whose totals changed.
    /// </summary>
    private ScoringResult Output(DateTimeOffset now)
    {
        var scale = _reference!.Value.ScaleAt(now.UtcTicks);
        var maxContent = 0.0;
        var maxInteraction = 0.0;
        foreach (var member in _members.Values)
        {
            if (member.LastActiveStale)
            {
                FindLastActive(member);
            }
            maxContent = Math.Max(maxContent, member.ContentRef * scale + member.ContentFlat);
            maxInteraction = Math.Max(maxInteraction, member.InteractionRef * scale);
        }
        var basis = new ScoreBasis
        {
            Community = community, RunId = Guid.NewGuid().ToString("N"), AsOf = now, WindowStart = new DateTimeOffset(_windowStartTicks, TimeSpan.Zero),
            HalfLifeDays = _p.HalfLifeDays, MaxContent = maxContent, MaxInteraction = maxInteraction, Weights = settings.Weights,
        };
        var scores = new List<MemberScore>(_members.Count);
        var changed = new List<MemberTotals>();
        foreach (var member in _members.Values)
        {
            var totals = Totals(member);
            scores.Add(basis.Materialize(totals));
            if (member.Changed) // every member starts changed, so the first finish writes them all
            {
                changed.Add(totals);
                member.Changed = false;
            }
        }
        var complete = !_everOutput;
        _everOutput = true;
        var recommendations = _recommendations.Select(r => r.Value).ToList();
        var snapshot = CommunityActivity.Compute(community, now, scores, recommendations, _firstEventAt, _eventTicks.Count, settings);
        return new ScoringResult(scores, snapshot, basis, changed, complete);
    }

    private MemberTotals Totals(MemberState m) => new()
    {
        Community = community, User = m.User, Name = m.Name, Reference = new DateTimeOffset(_reference!.Value.ReferenceTicks, TimeSpan.Zero),
        ContentRef = m.ContentRef, ContentFlat = m.ContentFlat, InteractionRef = m.InteractionRef, TopicalRef = m.TopicalRef,
        Points = m.Points, Messages = m.Messages, RepliesReceived = m.RepliesReceived, ReactionsReceived = m.ReactionsReceived,
        ReactionsGiven = m.ReactionsGiven, ThanksReceived = m.Thanks, CourseInteractions = m.CourseInteractions,
        FirstSeen = m.FirstSeen,
        LastActive = m.LastActiveTicks > 0 ? new DateTimeOffset(m.LastActiveTicks, TimeSpan.Zero) : null,
        DailyPoints = m.HandOutDailyPoints(),
    };

    /// <summary>The member's latest own action still credited, after the one that was latest was withdrawn.</summary>
    private static void FindLastActive(MemberState member)
    {
        var latest = 0L;
        foreach (var message in member.Authored)
        {
            if (message.Applied is { Own: true })
            {
                latest = Math.Max(latest, message.Ticks);
            }
        }
        foreach (var reactions in member.ReactedTo)
        {
            foreach (var a in reactions.Applied)
            {
                if (a.Reactor == member && a.InWindow)
                {
                    latest = Math.Max(latest, a.Ticks);
                }
            }
        }
        member.LastActiveTicks = latest;
        member.LastActiveStale = false;
    }
}
