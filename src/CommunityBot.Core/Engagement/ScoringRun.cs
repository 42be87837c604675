using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>The state of one scoring pass: events are observed in time order, then <see cref="Finish"/> scores.</summary>
internal sealed partial class ScoringRun(string community, CommunitySettings settings, ITopicMatcher topics, DateTimeOffset now)
{
    private readonly ScoringParameters _p = settings.Scoring;
    private readonly TimeZoneInfo _zone = settings.ResolveTimeZone();
    private readonly DateTimeOffset _windowStart = now - TimeSpan.FromDays(settings.Scoring.WindowDays);
    private readonly HashSet<string> _excludedChannels = new(settings.ExcludedChannels, StringComparer.Ordinal);
    private readonly Dictionary<string, MemberTally> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TrackedMessage> _messages = new(StringComparer.Ordinal);
    private readonly List<double> _recommendationValues = [];
    private DateTimeOffset? _firstEventAt;
    private int _eventsInWindow;

    public void Observe(ActivityEvent e)
    {
        if (e.At > now)
        {
            return;
        }
        _firstEventAt ??= e.At;
        if (e.At >= _windowStart)
        {
            _eventsInWindow++;
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
            case EventKind.Message: ObserveMessage(e); break;
            case EventKind.ReactionAdded: ObserveReaction(e, added: true); break;
            case EventKind.ReactionRemoved: ObserveReaction(e, added: false); break;
            case EventKind.RecommendationShown when e.At >= _windowStart: _recommendationValues.Add(e.Value); break;
            case EventKind.RecommendationClicked or EventKind.CourseEnrolled when e.At >= _windowStart:
                member.CourseInteractions++;
                break;
            case EventKind.RecommendationFeedback when e.At >= _windowStart && e.Detail == "up":
                member.CourseInteractions++;
                break;
            case EventKind.XpAdjusted: member.AddPoints((long)Math.Round(e.Value), e.At, _zone); break;
            default: break; // joins, leaves and commands make a member known but are not activity
        }
    }

    public ScoringResult Finish()
    {
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

    private CommunitySnapshot Snapshot(List<MemberScore> scores) =>
        CommunityActivity.Compute(community, now, scores, _recommendationValues, _firstEventAt, _eventsInWindow, settings);

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

    private double Decay(DateTimeOffset at) => ScoreFormulas.Decay((now - at).TotalDays, _p.HalfLifeDays);

    private bool InWindow(DateTimeOffset at) => at >= _windowStart;
}
