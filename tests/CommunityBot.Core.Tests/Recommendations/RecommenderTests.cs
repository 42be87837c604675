using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Recommendations;
using static CommunityBot.Core.Tests.Recommendations.RecTestData;

namespace CommunityBot.Core.Tests.Recommendations;

public sealed class RecommenderTests
{
    private static List<string> Ids(IEnumerable<ScoredCourse> courses) => courses.Select(c => c.Course.Id).ToList();

    private static IReadOnlyList<ScoredCourse> Rank(IEnumerable<ActivityEvent> events, string user, bool popular = false)
    {
        var built = Build(events);
        return Recommender.Rank(built.Model, Signals(built, user), Weights.Default, popular);
    }

    [Fact]
    public void Rank_MemberTalkingAboutDocker_RanksDockerCoursesFirst()
    {
        var ranked = Rank([Message("u1", "m1", "How do I write a Dockerfile for docker compose?")], "u1");

        Assert.Equal(["docker-101", "docker-advanced"], Ids(ranked.Take(2)).Order());
        Assert.DoesNotContain("sql-mastery", Ids(ranked));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Rank_SameAsScoringEveryCourseAsAnObject(bool popular)
    {
        // The ranking keeps arrays and makes each ScoredCourse when read; held here to the ranking as first written.
        var built = Build(
        [
            Message("u1", "m1", "docker kubernetes python sql everything"), Message("u2", "m2", "How do I write a Dockerfile?"),
            Course(EventKind.CourseEnrolled, "u1", "docker-101"), Course(EventKind.RecommendationClicked, "u2", "docker-101"),
            Course(EventKind.RecommendationClicked, "u2", "k8s-pro"), Course(EventKind.RecommendationFeedback, "u1", "sql-mastery", "down"),
            Message("u3", "m3", "hello everyone"),
        ]);
        foreach (var user in (string[])["u1", "u2", "u3", "nobody"])
        {
            var member = Signals(built, user, engagement: 0.3);
            var expected = EagerRank(built.Model, member, Weights.Default, popular);
            var ranked = Recommender.Rank(built.Model, member, Weights.Default, popular);
            Assert.Equal(expected, ranked.ToList());
            Assert.Equal(expected.Count, ranked.Count);
            Assert.Equal(expected.FirstOrDefault(), ranked.Count > 0 ? ranked[0] : null);
        }
    }

    private static List<ScoredCourse> EagerRank(Core.Recommendations.Profiles.RecommendationModel model, MemberSignals member, Weights weights, bool popular)
    {
        var count = model.Space.Count;
        var content = new double[count];
        var collaborative = new double[count];
        model.Space.Cosines(member.Profile, content);
        model.Knn.Accumulate(member.Interacted, collaborative);
        var max = Enumerable.Range(0, count).Where(i => !member.IsExcluded(i)).Select(i => collaborative[i]).DefaultIfEmpty(0).Max();
        var lambda = member.Interacted.Count == 0 ? 1 : model.Options.ContentWeight;
        var ranked = new List<ScoredCourse>();
        for (var i = 0; i < count; i++)
        {
            var collab = max > 0 ? collaborative[i] / max : 0;
            var relevance = RecommendationFormulas.Relevance(lambda, content[i], collab);
            if (member.IsExcluded(i) || (relevance <= 0 && !popular))
            {
                continue;
            }
            var quality = model.Quality(i);
            ranked.Add(new ScoredCourse(model.Space.Courses[i], i, quality, content[i], collab, lambda, relevance,
                RecommendationFormulas.Score(weights, quality, member.Engagement, relevance)));
        }
        return [.. ranked.OrderByDescending(c => c.Score).ThenBy(c => c.Course.Id, StringComparer.Ordinal)];
    }

    [Fact]
    public void Rank_NoRelevance_EmptyUnlessPopularRequested()
    {
        Assert.Empty(Rank([Message("u1", "m1", "hello everyone")], "u1"));
        Assert.Equal(6, Rank([Message("u1", "m1", "hello everyone")], "u1", popular: true).Count);
    }

    [Fact]
    public void Rank_OwnedRejectedAndCooling_Filtered()
    {
        IEnumerable<ActivityEvent> events =
        [
            Message("u1", "m1", "docker kubernetes python sql everything"),
            Course(EventKind.CourseEnrolled, "u1", "docker-101"),
            Course(EventKind.RecommendationFeedback, "u1", "k8s-pro", RecommendationEvents.Down),
            Course(EventKind.RecommendationFeedback, "u1", "python-data", RecommendationEvents.Dismiss, Now.AddDays(-3)),
            Course(EventKind.RecommendationShown, "u1", "sql-mastery", RecommendationEvents.Digest, Now.AddDays(-2)),
            Course(EventKind.RecommendationShown, "u1", "docker-advanced", RecommendationEvents.Digest, Now.AddDays(-20)),
        ];

        var ranked = Ids(Rank(events, "u1"));

        Assert.DoesNotContain("docker-101", ranked);
        Assert.DoesNotContain("k8s-pro", ranked);
        Assert.DoesNotContain("python-data", ranked);
        Assert.DoesNotContain("sql-mastery", ranked);
        Assert.Contains("docker-advanced", ranked);
    }

    [Fact]
    public void Rank_ThumbsUpAfterThumbsDown_NoLongerRejected()
    {
        var ranked = Rank(
        [
            Message("u1", "m1", "k8s question"),
            Course(EventKind.RecommendationFeedback, "u1", "k8s-pro", RecommendationEvents.Down, Now.AddDays(-2)),
            Course(EventKind.RecommendationFeedback, "u1", "k8s-pro", RecommendationEvents.Up, Now.AddDays(-1)),
        ], "u1");

        Assert.Contains("k8s-pro", Ids(ranked));
    }

    [Fact]
    public void Rank_CollaborativeSignal_RecommendsWhatSimilarMembersTook()
    {
        var events = new List<ActivityEvent>();
        foreach (var other in new[] { "a", "b", "c" })
        {
            events.Add(Course(EventKind.CourseEnrolled, other, "python-data"));
            events.Add(Course(EventKind.CourseEnrolled, other, "sql-mastery"));
        }
        events.Add(Course(EventKind.CourseEnrolled, "u1", "python-data"));
        var built = Build(events);
        var member = Signals(built, "u1");

        var ranked = Recommender.Rank(built.Model, member, Weights.Default, popular: false);

        Assert.Equal("sql-mastery", ranked[0].Course.Id);
        Assert.Equal(0.5, ranked[0].Lambda);
        Assert.Equal(1, ranked[0].Collaborative);
        Assert.Equal("members who took python-data course also took this", RecommendationExplainer.Why(built.Model, member, ranked[0]));
    }

    [Fact]
    public void Diversify_TopThree_NeverSharePrimaryTag()
    {
        var ranked = Rank([Message("u1", "m1", "docker docker kubernetes python sql")], "u1");

        var top = Recommender.Diversify(ranked, 3);

        Assert.Equal(top.Count, top.Select(c => c.Course.PrimaryTag).Distinct().Count());
        Assert.Single(top, c => c.Course.PrimaryTag == "docker");
    }

    [Fact]
    public void Diversify_LongerList_PassedOverCoursesFollowHead()
    {
        var ranked = Rank([Message("u1", "m1", "docker docker kubernetes python sql")], "u1");

        var all = Recommender.Diversify(ranked, 10);

        Assert.Equal(ranked.Count, all.Count);
        Assert.Equal(3, all.Take(3).Select(c => c.Course.PrimaryTag).Distinct().Count());
    }

    [Fact]
    public void Why_ContentPick_NamesTheMembersOwnWords()
    {
        var built = Build([Message("u1", "m1", "my K8S pods keep crashing, kubectl says OOM")]);
        var member = Signals(built, "u1");
        var pick = Recommender.Rank(built.Model, member, Weights.Default, popular: false)[0];

        Assert.Equal("k8s-pro", pick.Course.Id);
        Assert.Equal("you talked about k8s and kubectl", RecommendationExplainer.Why(built.Model, member, pick));
    }

    [Fact]
    public void Why_PopularPick_MentionsRating()
    {
        var built = Build([]);
        var member = Signals(built, "u1");
        var pick = Recommender.Rank(built.Model, member, Weights.Default, popular: true)[0];

        Assert.Equal("a popular course, rated 4.5/5", RecommendationExplainer.Why(built.Model, member, pick));
    }

    [Fact]
    public void Signals_ReactionOnTopicalMessage_AddsInterest()
    {
        var built = Build([Message("u2", "m1", "pandas tips"), Reaction("u1", "m1")]);

        var member = Signals(built, "u1");

        Assert.Equal(0.25, member.Profile.Weights["python"], 2); // reaction weight, decayed by one hour
    }

    [Fact]
    public void Model_PositivesAfterShow_RaiseQuality()
    {
        var built = Build(
        [
            Course(EventKind.RecommendationShown, "u1", "sql-mastery", RecommendationEvents.Command, Now.AddDays(-2)),
            Course(EventKind.RecommendationClicked, "u1", "sql-mastery", null, Now.AddDays(-1)),
            Course(EventKind.CourseEnrolled, "u2", "sql-mastery", null, Now.AddDays(-1)),
        ]);
        var index = built.Model.Space.IndexOf("sql-mastery")!.Value;

        Assert.Equal(new CourseStats("sql-mastery", 1, 1, 0, 0, 1, 1), built.Model.Stats(index));
        Assert.Equal((10 * 0.9 + 1) / 11.0, built.Model.Quality(index), 12);
    }

    [Fact]
    public void Model_ClickWithoutImpression_NotCountedForClickThrough()
    {
        var built = Build(
        [
            Course(EventKind.RecommendationClicked, "u1", "sql-mastery", null, Now.AddDays(-3)),
            Course(EventKind.RecommendationShown, "u2", "sql-mastery", RecommendationEvents.Command, Now.AddDays(-2)),
            Course(EventKind.RecommendationClicked, "u2", "sql-mastery", null, Now.AddDays(-1)),
        ]);
        var stats = built.Model.Stats(built.Model.Space.IndexOf("sql-mastery")!.Value);

        Assert.Equal(1, stats.Clicks);
        Assert.Equal(1.0, stats.ClickThroughRate);
    }
}
