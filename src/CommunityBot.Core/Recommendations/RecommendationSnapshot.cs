using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations;

/// <summary>
/// One community's recommendation state, built from its events and the catalog in one pass:
/// course exposure, the item-kNN over course interactions, topical messages, and each member's history.
/// </summary>
public sealed partial class RecommendationSnapshot
{
    private readonly Dictionary<string, MemberHistory> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<TagHit>> _messageTags = new(StringComparer.Ordinal);
    private readonly int[][] _counts;
    private readonly double[] _quality;

    public RecommendationSnapshot(IReadOnlyList<Course> courses, IEnumerable<ActivityEvent> events, RecommenderOptions options)
    {
        Options = options;
        Space = new CourseSpace(courses);
        Matcher = TagMatcher.For(courses);
        _counts = new int[(int)Counter.Count][];
        for (var c = 0; c < _counts.Length; c++)
        {
            _counts[c] = new int[courses.Count];
        }
        Read(events);
        Knn = ItemKnn.Build(Space.Count, _members.Values.Select(m => m.Interacted.ToArray()).ToList(), options.Neighbors, options.Shrinkage);
        _quality = new double[courses.Count];
        for (var i = 0; i < courses.Count; i++)
        {
            _quality[i] = RecommendationFormulas.Quality(
                courses[i].Rating, _counts[(int)Counter.Positives][i], _counts[(int)Counter.Impressions][i], options.PriorStrength);
        }
    }

    public RecommenderOptions Options { get; }

    public CourseSpace Space { get; }

    public TagMatcher Matcher { get; }

    public ItemKnn Knn { get; }

    public IReadOnlyCollection<string> Members => _members.Keys;

    public double Quality(int course) => _quality[course];

    public int Impressions(int course) => _counts[(int)Counter.Impressions][course];

    public CourseStats Stats(int course)
    {
        int Get(Counter c) => _counts[(int)c][course];
        return new CourseStats(Space.Courses[course].Id, Get(Counter.Impressions), Get(Counter.Clicks), Get(Counter.Ups),
            Get(Counter.Downs), Get(Counter.Enrollments), Get(Counter.Positives));
    }

    public DateTimeOffset? FirstSeen(string user) => _members.TryGetValue(user, out var m) ? m.FirstSeen : null;

    public string DisplayName(string user) => _members.TryGetValue(user, out var m) && m.Name is { Length: > 0 } name ? name : user;

    private void Read(IEnumerable<ActivityEvent> events)
    {
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        // A show and the feedback on it can share a timestamp (millisecond clocks): the show comes first.
        var ordered = events.Where(e => !e.IsBot).OrderBy(e => e.At).ThenBy(e => e.Kind != EventKind.RecommendationShown).ToList();
        foreach (var e in ordered.Where(e => e.Kind == EventKind.Delete && e.MessageId is not null))
        {
            deleted.Add(e.MessageId!);
        }
        foreach (var e in ordered)
        {
            if (e.Kind == EventKind.Message && e.MessageId is { } id && !deleted.Contains(id) && Matcher.Match(e.Text) is { Count: > 0 } hits)
            {
                _messageTags[id] = hits;
            }
            if (e.Kind is EventKind.Message or EventKind.ReactionAdded or EventKind.RecommendationShown
                or EventKind.RecommendationClicked or EventKind.RecommendationFeedback or EventKind.CourseEnrolled)
            {
                Member(e).Events.Add(e);
                Count(e);
            }
        }
    }

    private MemberHistory Member(ActivityEvent e)
    {
        if (!_members.TryGetValue(e.User, out var member))
        {
            _members[e.User] = member = new MemberHistory(e.At);
        }
        if (e.UserName is { Length: > 0 } name)
        {
            member.Name = name;
        }
        return member;
    }

    private void Count(ActivityEvent e)
    {
        if (e.Course is null || Space.IndexOf(e.Course) is not { } course)
        {
            return;
        }
        var member = _members[e.User];
        var afterShow = member.ShownCourses.Contains(course);
        switch (e.Kind)
        {
            case EventKind.RecommendationShown:
                Increment(Counter.Impressions, course);
                member.ShownCourses.Add(course);
                return;
            case EventKind.RecommendationClicked:
                if (afterShow)
                {
                    // Click-through counts clicks on recommendations; other clicks (links shared elsewhere,
                    // imported sales data) are interactions but would push CTR past 100 %.
                    Increment(Counter.Clicks, course);
                }
                break;
            case EventKind.CourseEnrolled:
                Increment(Counter.Enrollments, course);
                break;
            case EventKind.RecommendationFeedback when e.Detail == RecommendationEvents.Up:
                Increment(Counter.Ups, course);
                break;
            case EventKind.RecommendationFeedback when e.Detail == RecommendationEvents.Down:
                Increment(Counter.Downs, course);
                return;
            default:
                return;
        }
        member.Interacted.Add(course);
        if (afterShow)
        {
            Increment(Counter.Positives, course);
        }
    }

    private void Increment(Counter counter, int course) => _counts[(int)counter][course]++;

    private enum Counter { Impressions, Clicks, Ups, Downs, Enrollments, Positives, Count }

    private sealed class MemberHistory(DateTimeOffset firstSeen)
    {
        public DateTimeOffset FirstSeen { get; } = firstSeen;
        public string? Name { get; set; }
        public List<ActivityEvent> Events { get; } = [];
        public HashSet<int> Interacted { get; } = [];
        public HashSet<int> ShownCourses { get; } = [];
    }
}
