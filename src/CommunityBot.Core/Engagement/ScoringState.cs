using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// A community's scoring as running aggregates (DESIGN §4, §9). Observing an event records it and marks what it
/// affects; <see cref="Finish"/> then re-judges only that (the author's messages around it, one message's
/// reactions, credits whose time left the window) by withdrawing exactly what each source credited and crediting
/// it again. Decay is closed-form (<see cref="DecayReference"/>), so time passing costs nothing per event.
/// A fresh state given all events gives the full recompute; a kept state given only new events gives the same
/// numbers (tests check it within 1e-9).
/// </summary>
internal sealed partial class ScoringState(string community, CommunitySettings settings, ITopicMatcher topics, MemberIdentities? identities = null)
{
    private readonly MemberIdentities _identities = identities ?? MemberIdentities.None;
    private readonly ScoringParameters _p = settings.Scoring;
    private readonly LocalDays _days = new(settings.ResolveTimeZone());
    private readonly HashSet<string> _excludedChannels = new(settings.ExcludedChannels, StringComparer.Ordinal);
    /// <summary>
    /// The dirty sets are trimmed after a finish that used more than this: the first finish marks every message, and a
    /// kept state would otherwise hold that capacity for good (about 3 % of its memory).
    /// </summary>
    private const int KeptScratchCapacity = 4096;
    private readonly Dictionary<string, MemberState> _members = new(StringComparer.Ordinal);
    /// <summary>One instance per distinct channel name or emoji (few distinct values, repeated by the million).</summary>
    private readonly SharedStrings _shared = new();
    /// <summary>Every credited source by the time of its credit, oldest first: the window's expiry log.</summary>
    private readonly Queue<(long Ticks, object Source)> _expiry = new();
    private readonly Queue<long> _eventTicks = new();
    private readonly Queue<(long Ticks, double Value)> _recommendations = new();
    private readonly List<CourseTouch> _newCourseTouches = [];
    private DecayReference? _reference;
    private long _windowStartTicks = long.MinValue;
    private DateTimeOffset? _firstEventAt;

    /// <summary>The last event observed: a kept state accepts only events after it in <see cref="EventOrder"/>.</summary>
    public ActivityEvent? LastEvent { get; private set; }

    /// <summary>The time of the last <see cref="Finish"/>; a kept state only moves forward.</summary>
    private DateTimeOffset _lastFinished = DateTimeOffset.MinValue;

    /// <summary>False when finishing at <paramref name="now"/> would be unsafe for the closed-form decay (rebuild instead).</summary>
    public bool CanFinishAt(DateTimeOffset now) =>
        now >= _lastFinished && (_reference is not { } r || r.Covers(now.UtcTicks));

    /// <summary>Records one event, in time order; the caller leaves out events later than the time it will finish at.</summary>
    public void Observe(ActivityEvent e)
    {
        LastEvent = e;
        _firstEventAt ??= e.At;
        _eventTicks.Enqueue(e.At.UtcTicks);
        // Bots never score, and excluded channels are invisible to scoring.
        if (e.IsBot || (e.Channel.Length > 0 && _excludedChannels.Contains(e.Channel)))
        {
            return;
        }
        switch (e.Kind)
        {
            case EventKind.Edit: ObserveEdit(e); return;
            case EventKind.Delete: ObserveDelete(e); return;
            case EventKind.ReactionRemoved when e.User == ActivityEvent.AllUsers: ObserveRemoveAll(e); return;
            default: break;
        }
        if (e.User.Length == 0)
        {
            return;
        }
        if (_identities.Map.Count > 0 && _identities.Map.TryGetValue((e.Platform, e.User), out var canonical))
        {
            e = e with { User = canonical }; // a linked account counts as the member it is linked to
        }
        var member = Tally(e.User, e.At, e.UserName);
        switch (e.Kind)
        {
            case EventKind.Message: ObserveMessage(e, member); break;
            case EventKind.ReactionAdded: ObserveReaction(e, member, added: true); break;
            case EventKind.ReactionRemoved: ObserveReaction(e, member, added: false); break;
            case EventKind.RecommendationShown: _recommendations.Enqueue((e.At.UtcTicks, e.Value)); break;
            case EventKind.RecommendationClicked or EventKind.CourseEnrolled: TouchCourse(member, e); break;
            case EventKind.RecommendationFeedback when e.Detail == "up": TouchCourse(member, e); break;
            case EventKind.XpAdjusted: member.AddPoints((long)Math.Round(e.Value), _days.KeyOf(e.At)); break;
            default: break; // joins, leaves and commands make a member known but are not activity
        }
    }

    /// <summary>Brings every aggregate to <paramref name="now"/> and scores all members; can be called again after more observations.</summary>
    public ScoringResult Finish(DateTimeOffset now)
    {
        var nowTicks = now.UtcTicks;
        _reference ??= new DecayReference(nowTicks, _p.HalfLifeDays);
        _windowStartTicks = (now - TimeSpan.FromDays(_p.WindowDays)).UtcTicks;
        _lastFinished = now;
        Expire();
        CountNewCourseTouches();
        JudgeDirtyAuthors();
        ReapplyDirtyMessages();
        ReapplyDirtyReactions();
        return Output(now);
    }

    private void Expire()
    {
        while (_expiry.Count > 0 && _expiry.Peek().Ticks < _windowStartTicks)
        {
            switch (_expiry.Dequeue().Source)
            {
                case ScoredMessage { Applied.InWindow: true } message: _dirtyMessages.Add(message); break;
                case MessageReactions reactions: MarkDirty(reactions); break;
                case CourseTouch { Counted: true } touch:
                    touch.Counted = false;
                    touch.Member.AddCourseInteraction(-1);
                    break;
                default: break;
            }
        }
        while (_eventTicks.Count > 0 && _eventTicks.Peek() < _windowStartTicks)
        {
            _eventTicks.Dequeue();
        }
        while (_recommendations.Count > 0 && _recommendations.Peek().Ticks < _windowStartTicks)
        {
            _recommendations.Dequeue();
        }
    }

    private void TouchCourse(MemberState member, ActivityEvent e)
    {
        var touch = new CourseTouch(member, e.At.UtcTicks);
        _newCourseTouches.Add(touch);
        _expiry.Enqueue((touch.Ticks, touch));
    }

    private void CountNewCourseTouches()
    {
        foreach (var touch in _newCourseTouches.Where(t => t.Ticks >= _windowStartTicks))
        {
            touch.Counted = true;
            touch.Member.AddCourseInteraction(1);
        }
        _newCourseTouches.Clear();
    }

    private MemberState Tally(string user, DateTimeOffset at, string? name)
    {
        if (!_members.TryGetValue(user, out var member))
        {
            member = new MemberState(user, at);
            _members[user] = member;
            MemberAppeared(user);
        }
        if (!string.IsNullOrWhiteSpace(name) && name != member.Name)
        {
            member.Name = name;
            member.Changed = true;
        }
        return member;
    }

    private double Weight(long ticks) => _reference!.Value.Weight(ticks);

    private bool InWindow(long ticks) => ticks >= _windowStartTicks;

    /// <summary>A course interaction (click, 👍, enrollment): counted while in the window.</summary>
    private sealed class CourseTouch(MemberState member, long ticks)
    {
        public MemberState Member { get; } = member;
        public long Ticks { get; } = ticks;
        public bool Counted { get; set; }
    }
}
