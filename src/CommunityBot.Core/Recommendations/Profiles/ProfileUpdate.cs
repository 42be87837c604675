using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// Observes a community's events, in <see cref="EventOrder"/>, into its <see cref="RecommendationModel"/> and its
/// members' <see cref="MemberProfile"/>s. One code path serves a rebuild (every event) and a catch-up (the events stored
/// since, after <see cref="Know"/> was told the older messages they refer to). Bots' events only count as observed.
/// </summary>
public sealed class ProfileUpdate(RecommendationModel model, IDictionary<string, MemberProfile> profiles)
{
    /// <summary>Type weights of DESIGN §4 (message 1, reply 1.5, topic start 2, reaction 0.25) and 3 per course interaction.</summary>
    private const double ReactionWeight = 0.25;
    private const double CourseWeight = 3;

    private readonly TopicalMessages _messages = new();
    private readonly HashSet<MemberProfile> _changed = [];

    /// <summary>
    /// A model's profiles built from a whole history in <see cref="EventOrder"/> (a rebuild, the offline evaluation):
    /// every event observed, then quality and the item-kNN neighbours computed.
    /// </summary>
    public static Dictionary<string, MemberProfile> BuildAll(RecommendationModel model, IEnumerable<ActivityEvent> ordered)
    {
        var profiles = new Dictionary<string, MemberProfile>(StringComparer.Ordinal);
        var update = new ProfileUpdate(model, profiles);
        foreach (var e in ordered)
        {
            update.Observe(e);
        }
        update.FinishRebuild();
        return profiles;
    }

    /// <summary>After a whole history was observed into fresh profiles: quality and the item-kNN neighbours.</summary>
    public void FinishRebuild()
    {
        model.Requalify();
        model.Reneighbor(profiles.Values);
    }

    /// <summary>The profiles this update created or changed.</summary>
    public IReadOnlyCollection<MemberProfile> Changed => _changed;

    /// <summary>
    /// Tells the update about an event observed in an earlier run (a message, its deletion or a reaction to it) that a new
    /// event may refer to, without counting it again. Give messages first, then deletions, then reactions.
    /// </summary>
    public void Know(ActivityEvent e)
    {
        if (e.IsBot || e.MessageId is not { } id)
        {
            return;
        }
        switch (e.Kind)
        {
            case EventKind.Message when !_messages.IsDeleted(id) && model.Matcher.Match(e.Text) is { Count: > 0 } hits:
                _messages.Add(id, e.User, e.At, MessageWeight(e), hits);
                break;
            case EventKind.Delete:
                _messages.Delete(id);
                break;
            case EventKind.ReactionAdded when _messages.Find(id) is { } message && e.At >= message.At:
                message.Reactions.Add((e.User, e.At));
                break;
        }
    }

    public void Observe(ActivityEvent e)
    {
        model.Observed++;
        model.LastEvent = e;
        if (e.IsBot)
        {
            return;
        }
        switch (e.Kind)
        {
            case EventKind.Message:
                ObserveMessage(e);
                break;
            case EventKind.ReactionAdded:
                ObserveReaction(e);
                break;
            case EventKind.Delete when e.MessageId is { } id && _messages.Delete(id) is { } deleted:
                Withdraw(deleted);
                break;
            case EventKind.RecommendationShown or EventKind.RecommendationClicked or EventKind.RecommendationFeedback or EventKind.CourseEnrolled:
                ObserveCourse(e, Member(e));
                break;
        }
    }

    private void ObserveMessage(ActivityEvent e)
    {
        var member = Member(e);
        var weight = MessageWeight(e) * member.Weight(e.At, model.HalfLifeDays);
        AddActivity(member, weight);
        if (e.MessageId is { } id && !_messages.IsDeleted(id) && model.Matcher.Match(e.Text) is { Count: > 0 } hits)
        {
            _messages.Add(id, e.User, e.At, MessageWeight(e), hits);
            AddHits(member, hits, weight, 1);
        }
    }

    private void ObserveReaction(ActivityEvent e)
    {
        var member = Member(e);
        var weight = ReactionWeight * member.Weight(e.At, model.HalfLifeDays);
        AddActivity(member, weight);
        if (e.MessageId is { } id && _messages.Find(id) is { } message)
        {
            message.Reactions.Add((e.User, e.At));
            AddHits(member, message.Hits, weight, 1);
        }
    }

    private void Withdraw(TopicalMessages.Entry deleted)
    {
        var author = Profile(deleted.Author);
        AddHits(author, deleted.Hits, deleted.TypeWeight * author.Weight(deleted.At, model.HalfLifeDays), -1);
        foreach (var (user, at) in deleted.Reactions)
        {
            var reactor = Profile(user);
            AddHits(reactor, deleted.Hits, ReactionWeight * reactor.Weight(at, model.HalfLifeDays), -1);
        }
    }

    private void ObserveCourse(ActivityEvent e, MemberProfile member)
    {
        if (e.Course is null || model.Space.IndexOf(e.Course) is not { } course)
        {
            return;
        }
        var history = member.Course(e.Course);
        var afterShow = history.Shown;
        switch (e.Kind)
        {
            case EventKind.RecommendationShown:
                model.Increment(CourseCounter.Impressions, course);
                history.Shown = true;
                if (e.Detail is RecommendationEvents.Digest or RecommendationEvents.Nudge) // unsolicited: the cooldown counts it
                {
                    member.LastUnsolicited = e.At;
                    history.LastDigestShown = e.At;
                }
                return;
            case EventKind.RecommendationClicked:
                if (afterShow)
                {
                    // Click-through counts clicks on recommendations; other clicks (links shared elsewhere,
                    // imported sales data) are interactions but would push CTR past 100 %.
                    model.Increment(CourseCounter.Clicks, course);
                }
                break;
            case EventKind.CourseEnrolled:
                model.Increment(CourseCounter.Enrollments, course);
                history.Owned = true;
                break;
            case EventKind.RecommendationFeedback when e.Detail == RecommendationEvents.Up:
                model.Increment(CourseCounter.Ups, course);
                history.Rejected = false;
                break;
            case EventKind.RecommendationFeedback when e.Detail == RecommendationEvents.Down:
                model.Increment(CourseCounter.Downs, course);
                history.Rejected = true;
                return;
            case EventKind.RecommendationFeedback when e.Detail == RecommendationEvents.Dismiss:
                history.LastDismissed = e.At;
                return;
            default:
                return;
        }
        history.LastInteracted = e.At;
        var weight = CourseWeight * member.Weight(e.At, model.HalfLifeDays);
        foreach (var tag in model.Space.TagKeys[course])
        {
            member.AddInterest(tag, weight);
        }
        if (afterShow)
        {
            model.Increment(CourseCounter.Positives, course);
        }
    }

    private void AddActivity(MemberProfile member, double weight)
    {
        member.Activity += weight;
        model.MaxActivityLog2 = Math.Max(model.MaxActivityLog2, member.ActivityLog2AtEpoch(model.HalfLifeDays));
    }

    private static void AddHits(MemberProfile member, IReadOnlyList<TagHit> hits, double weight, int sign)
    {
        foreach (var tag in hits.GroupBy(h => h.Tag, StringComparer.Ordinal))
        {
            member.AddInterest(tag.Key, weight, sign);
            foreach (var hit in tag)
            {
                member.AddTerm(tag.Key, hit.Term, weight, sign);
            }
        }
    }

    private static double MessageWeight(ActivityEvent e) => e.ThreadStart ? 2 : e.ReplyTo is null ? 1 : 1.5;

    private MemberProfile Member(ActivityEvent e)
    {
        var member = Profile(e.User);
        if (e.At < member.FirstSeen)
        {
            member.FirstSeen = e.At;
        }
        if (e.UserName is { Length: > 0 } name)
        {
            member.Name = name;
        }
        return member;
    }

    private MemberProfile Profile(string user)
    {
        if (!profiles.TryGetValue(user, out var member))
        {
            profiles[user] = member = new MemberProfile(model.Community, user);
        }
        _changed.Add(member);
        return member;
    }
}
