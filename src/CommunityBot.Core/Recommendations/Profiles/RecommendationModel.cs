using CommunityBot.Core.Activity;
using CommunityBot.Core.Recommendations.Matching;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// One community's precomputed recommendation state: the catalog's tag vectors and matcher, the item-kNN
/// neighbours, each course's exposure counters (for quality and /stats), and where its event stream was observed up
/// to. Members' own state lives in their <see cref="MemberProfile"/>s, read one at a time.
/// </summary>
public sealed class RecommendationModel
{
    private readonly int[][] _counts;
    private double[] _quality = [];

    public RecommendationModel(string community, CourseSpace space, TagMatcher matcher, RecommenderOptions options, double halfLifeDays)
        : this(community, space, matcher, options, halfLifeDays, Fingerprints.OfCatalog(space.Courses))
    {
    }

    /// <summary>With the catalog's fingerprint already known (see <see cref="Fingerprints.OfCatalog"/>).</summary>
    public RecommendationModel(string community, CourseSpace space, TagMatcher matcher, RecommenderOptions options, double halfLifeDays, string catalogFingerprint)
    {
        Community = community;
        Space = space;
        Matcher = matcher;
        Options = options;
        HalfLifeDays = halfLifeDays;
        _counts = new int[(int)CourseCounter.Count][];
        for (var c = 0; c < _counts.Length; c++)
        {
            _counts[c] = new int[space.Count];
        }
        Knn = ItemKnn.Build(space.Count, [], options.Neighbors, options.Shrinkage);
        Fingerprint = Fingerprints.Of(catalogFingerprint, halfLifeDays, options);
        Requalify();
    }

    public string Community { get; }

    public CourseSpace Space { get; }

    public TagMatcher Matcher { get; }

    public RecommenderOptions Options { get; }

    public ItemKnn Knn { get; private set; }

    public double HalfLifeDays { get; }

    /// <summary>
    /// The largest member activity, as log2 of its value at the epoch (<see cref="MemberProfile.ActivityLog2AtEpoch"/>), which compares
    /// profiles stored against different reference times. Activity sums only grow, so a running maximum stays exact.
    /// </summary>
    public double MaxActivityLog2 { get; set; } = double.NegativeInfinity;

    /// <summary>Events observed, bots' included: with the store's count, it tells whether anything was missed.</summary>
    public long Observed { get; set; }

    /// <summary>The last event observed in <see cref="EventOrder"/>: an event sorting before it can only be placed by a rebuild.</summary>
    public ActivityEvent? LastEvent { get; set; }

    /// <summary>What the profiles depend on besides events: tags and synonyms of the catalog, half-life and kNN options.</summary>
    public string Fingerprint { get; }

    public double Quality(int course) => _quality[course];

    public int Impressions(int course) => Count(CourseCounter.Impressions, course);

    public int Count(CourseCounter counter, int course) => _counts[(int)counter][course];

    public CourseStats Stats(int course)
    {
        int Get(CourseCounter c) => Count(c, course);
        return new CourseStats(Space.Courses[course].Id, Get(CourseCounter.Impressions), Get(CourseCounter.Clicks), Get(CourseCounter.Ups),
            Get(CourseCounter.Downs), Get(CourseCounter.Enrollments), Get(CourseCounter.Positives));
    }

    public void Increment(CourseCounter counter, int course) => _counts[(int)counter][course]++;

    /// <summary>Recomputes every course's quality from the counters and the catalog rating (after counting or a catalog edit).</summary>
    public void Requalify() => _quality = Enumerable.Range(0, Space.Count)
        .Select(i => RecommendationFormulas.Quality(Space.Courses[i].Rating, Count(CourseCounter.Positives, i), Count(CourseCounter.Impressions, i), Options.PriorStrength))
        .ToArray();

    /// <summary>Rebuilds the item-kNN from every member's interacted courses (the refresh job's work).</summary>
    public void Reneighbor(IEnumerable<MemberProfile> profiles) =>
        Knn = ItemKnn.Build(Space.Count, profiles.Select(InteractedIndices).Where(items => items.Length > 0).ToList(), Options.Neighbors, Options.Shrinkage);

    /// <summary>The model as stored earlier, on the current catalog; null when it was built with something else.</summary>
    public static RecommendationModel? Restore(
        string community, CourseSpace space, TagMatcher matcher, RecommenderOptions options, string catalogFingerprint, StoredModel stored)
    {
        var model = new RecommendationModel(community, space, matcher, options, stored.HalfLifeDays, catalogFingerprint);
        if (model.Fingerprint != stored.Fingerprint)
        {
            return null;
        }
        foreach (var (id, counts) in stored.Counters)
        {
            if (space.IndexOf(id) is { } course)
            {
                for (var c = 0; c < Math.Min(counts.Length, (int)CourseCounter.Count); c++)
                {
                    model._counts[c][course] = counts[c];
                }
            }
        }
        var neighbors = new (int, float)[space.Count][];
        for (var i = 0; i < space.Count; i++)
        {
            neighbors[i] = stored.Neighbors.TryGetValue(space.Courses[i].Id, out var list)
                ? list.Select(n => (space.IndexOf(n.Course), n.Similarity)).Where(n => n.Item1 is not null).Select(n => (n.Item1!.Value, n.Similarity)).ToArray()
                : [];
        }
        model.Knn = ItemKnn.FromNeighbors(neighbors);
        model.MaxActivityLog2 = stored.MaxActivityLog2;
        model.Observed = stored.Observed;
        model.LastEvent = stored.LastEvent;
        model.Requalify();
        return model;
    }

    /// <summary>The largest member activity as of <paramref name="now"/>.</summary>
    public double MaxActivityAt(DateTimeOffset now) => double.IsNegativeInfinity(MaxActivityLog2) ? 0 : Engagement.DecayReference.FromLog2AtEpoch(MaxActivityLog2, now.UtcTicks, HalfLifeDays);

    private int[] InteractedIndices(MemberProfile profile) =>
        profile.Courses.Where(c => c.Value.LastInteracted is not null).Select(c => Space.IndexOf(c.Key)).OfType<int>().Order().ToArray();
}

public enum CourseCounter { Impressions, Clicks, Ups, Downs, Enrollments, Positives, Count }
