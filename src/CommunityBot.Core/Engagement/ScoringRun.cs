using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// The state of a community's scoring: events are observed in time order, then <see cref="Finish"/> scores them as
/// of a given time. Observing only records what happened; every window, decay and anti-farming rule is applied in
/// <see cref="Finish"/>, so a kept run can observe more events and finish again (the incremental path) with the
/// same result as a fresh run over all events.
/// </summary>
internal sealed partial class ScoringRun(string community, CommunitySettings settings, ITopicMatcher topics)
{
    private readonly ScoringParameters _p = settings.Scoring;
    private readonly LocalDays _days = new(settings.ResolveTimeZone());
    private readonly List<long> _eventTicks = [];
    private readonly List<(DateTimeOffset At, double Value)> _recommendations = [];
    private DateTimeOffset _now;
    private DateTimeOffset _windowStart;
    private readonly HashSet<string> _excludedChannels = new(settings.ExcludedChannels, StringComparer.Ordinal);
    private readonly Dictionary<string, MemberTally> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrackedMessage> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private DateTimeOffset? _firstEventAt;

    public CommunitySettings Settings => settings;

    /// <summary>The latest time observed: a kept run accepts only events from then on.</summary>
    public DateTimeOffset LastObserved { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Records one event; the caller leaves out events later than the time it will finish at.</summary>
    public void Observe(ActivityEvent e)
    {
        _firstEventAt ??= e.At;
        _eventTicks.Add(e.At.UtcTicks);
        if (e.At > LastObserved)
        {
            LastObserved = e.At;
        }
        // Bots never score, and excluded channels are invisible to scoring.
        if (e.IsBot || (e.Channel.Length > 0 && _excludedChannels.Contains(e.Channel)))
        {
            return;
        }
        switch (e.Kind)
        {
            case EventKind.Edit: ObserveEdit(e); return;
            case EventKind.Delete: ObserveDelete(e); return;
            default: break;
        }
        if (e.User.Length == 0)
        {
            return;
        }
        var member = Tally(e.User, e.At, e.UserName);
        switch (e.Kind)
        {
            case EventKind.Message: ObserveMessage(e, member); break;
            case EventKind.ReactionAdded: ObserveReaction(e, member, added: true); break;
            case EventKind.ReactionRemoved: ObserveReaction(e, member, added: false); break;
            case EventKind.RecommendationShown: _recommendations.Add((e.At, e.Value)); break;
            case EventKind.RecommendationClicked or EventKind.CourseEnrolled: member.CourseInteractionTimes.Add(e.At); break;
            case EventKind.RecommendationFeedback when e.Detail == "up": member.CourseInteractionTimes.Add(e.At); break;
            case EventKind.XpAdjusted: member.Adjustments.Add(((long)Math.Round(e.Value), _days.KeyOf(e.At))); break;
            default: break; // joins, leaves and commands make a member known but are not activity
        }
    }

    /// <summary>Scores everything observed as of <paramref name="now"/>; can be called again after more observations.</summary>
    public ScoringResult Finish(DateTimeOffset now)
    {
        _now = now;
        _windowStart = now - TimeSpan.FromDays(_p.WindowDays);
        foreach (var member in _members.Values)
        {
            member.Reset(_windowStart);
        }
        ScoreMessages();
        ScoreReactions();
        var maxInteraction = _members.Values.Select(m => m.InteractionRaw).DefaultIfEmpty(0).Max();
        var maxContent = _members.Values.Select(m => m.ContentRaw).DefaultIfEmpty(0).Max();
        var scores = _members.Values.Select(m => ToScore(m, maxContent, maxInteraction)).ToList();
        return new ScoringResult(scores, Snapshot(scores));
    }

    private MemberScore ToScore(MemberTally m, double maxContent, double maxInteraction)
    {
        var content = ScoreFormulas.Normalize(m.ContentRaw, maxContent);
        var interaction = ScoreFormulas.Normalize(m.InteractionRaw, maxInteraction);
        var interest = ScoreFormulas.Interest(m.TopicalRaw, m.CourseInteractions, m.InteractionRaw);
        return new MemberScore
        {
            Community = community, User = m.User, Name = m.Name,
            Content = content, Interest = interest, Interaction = interaction,
            Engagement = ScoreFormulas.Engagement(content, interest, interaction, settings.Weights),
            ContentRaw = m.ContentRaw, InteractionRaw = m.InteractionRaw, TopicalRaw = m.TopicalRaw,
            Points = m.Points, Level = LevelCurve.LevelOf(m.Points),
            Messages = m.Messages, RepliesReceived = m.RepliesReceived, ReactionsReceived = m.ReactionsReceived,
            ReactionsGiven = m.ReactionsGiven, ThanksReceived = m.Thanks, CourseInteractions = m.CourseInteractions,
            FirstSeen = m.FirstSeen, LastActive = m.LastActive == DateTimeOffset.MinValue ? m.FirstSeen : m.LastActive,
            Active = m.LastActive >= _windowStart,
            DailyPoints = m.DailyPoints,
        };
    }

    private CommunitySnapshot Snapshot(List<MemberScore> scores)
    {
        var windowStart = _windowStart.UtcTicks;
        var eventsInWindow = _eventTicks.Count(t => t >= windowStart);
        var values = _recommendations.Where(r => r.At >= _windowStart).Select(r => r.Value).ToList();
        return CommunityActivity.Compute(community, _now, scores, values, _firstEventAt, eventsInWindow, settings);
    }

    private MemberTally Tally(string user, DateTimeOffset at, string? name)
    {
        if (!_members.TryGetValue(user, out var tally))
        {
            tally = new MemberTally(user, at);
            _members[user] = tally;
        }
        if (!string.IsNullOrWhiteSpace(name))
        {
            tally.Name = name;
        }
        return tally;
    }

    /// <summary>One instance per distinct channel name or emoji (few distinct values, repeated by the million).</summary>
    private string Shared(string value)
    {
        if (!_shared.TryGetValue(value, out var shared))
        {
            _shared[value] = shared = value;
        }
        return shared;
    }

    private double Decay(DateTimeOffset at) => ScoreFormulas.Decay((_now - at).TotalDays, _p.HalfLifeDays);

    private bool InWindow(DateTimeOffset at) => at >= _windowStart;
}
