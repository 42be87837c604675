using CommunityBot.Core.Activity;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Matching;
using CommunityBot.Core.Recommendations.Profiles;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Recommendations;

/// <summary>
/// The kept recommendation model against a rebuild from the full history: after every catch-up, every stored profile
/// and the model's counters must equal what a fresh build computes, on a real LiteDB file fed by the real ingest writer.
/// </summary>
public sealed class RecommendationModelsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] _laterMembers = ["d", "e", "f"];
    private readonly TempFolder _folder = new();
    private StoreFixture _store = null!;

    public async Task InitializeAsync() => _store = await StartAsync(_start.AddDays(40));

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task CatchUp_StepsWithDeletionsAndFeedback_SameAsRebuild()
    {
        var community = new GeneratedCommunity(seed: 11, mutations: true);
        await StoreAsync(community.Events(1_500, _start, _start.AddDays(40)));
        var models = _store.Get<RecommendationModels>();
        await models.CurrentAsync("gen", CancellationToken.None);
        var at = _start.AddDays(40);
        for (var step = 0; step < 6; step++)
        {
            await StoreAsync(community.Events(200, at, at.AddHours(1), members: 25 + step));
            await StoreAsync(community.Rewrites(15, at.AddHours(1), at.AddHours(2))); // deletions of old topical messages that have reactions
            await StoreAsync(Feedback("u" + step, at.AddHours(2)));
            at = at.AddHours(3);
            _store.Clock.SetUtcNow(at);

            await models.CurrentAsync("gen", CancellationToken.None);

            Assert.Equal(1, models.Rebuilds);
            await AssertSameAsRebuildAsync(_store);
        }
    }

    [Fact]
    public async Task Rebuild_OlderEventStoredWhileTheHistoryStreams_ReadsItWholeAndMatches()
    {
        await _store.DisposeAsync();
        StreamHookEventStore hook = null!;
        _store = await StartAsync(_start.AddDays(40), s => hook = StreamHookEventStore.Install(s));
        var community = new GeneratedCommunity(seed: 12);
        await StoreAsync(community.Events(800, _start, _start.AddDays(40)));
        // An import of older history lands while the rebuild reads: it sorts before the history's end.
        hook.WhileStreaming = () => StoreAsync([Message("late", "late-1", "my docker compose file keeps failing", _start.AddDays(5))]);
        var models = _store.Get<RecommendationModels>();

        await models.CurrentAsync("gen", CancellationToken.None);

        Assert.Null(hook.WhileStreaming); // the hook ran during the read
        Assert.Equal(1, models.Rebuilds);
        Assert.NotNull(await _store.Get<IRecommendationStore>().GetProfileAsync("gen", "late", CancellationToken.None));
        await AssertSameAsRebuildAsync(_store);
        await StoreAsync(community.Events(100, _start.AddDays(40), _start.AddDays(40).AddHours(1)));
        _store.Clock.SetUtcNow(_start.AddDays(40).AddHours(1));
        await models.CurrentAsync("gen", CancellationToken.None);
        Assert.Equal(1, models.Rebuilds); // what it kept afterwards continues exactly
        await AssertSameAsRebuildAsync(_store);
    }

    [Fact]
    public async Task CatchUp_WithdrawsDeletedMessageFromAuthorAndReactors()
    {
        await StoreAsync([Message("author", "m1", "my dockerfile keeps failing", _start.AddDays(39)), Reaction("fan", "m1", _start.AddDays(39).AddMinutes(5))]);
        var service = _store.Get<RecommendationService>();
        var state = await service.LoadAsync("gen", _store.Clock.GetUtcNow(), CancellationToken.None);
        Assert.True((await service.MemberAsync(state, "fan", CancellationToken.None)).Profile.Weights.ContainsKey("docker"));

        await StoreAsync([new ActivityEvent { Kind = EventKind.Delete, Platform = "test", Community = "gen", User = "author", MessageId = "m1", At = _start.AddDays(39).AddHours(1) }]);
        state = await service.LoadAsync("gen", _store.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Empty((await service.MemberAsync(state, "fan", CancellationToken.None)).Profile.Weights);
        Assert.Empty((await service.MemberAsync(state, "author", CancellationToken.None)).Profile.Weights);
        Assert.Equal(1, _store.Get<RecommendationModels>().Rebuilds);
    }

    [Fact]
    public async Task LateEvent_Rebuilds_AndStillEqualsRebuild()
    {
        var community = new GeneratedCommunity(seed: 12);
        await StoreAsync(community.Events(800, _start, _start.AddDays(40)));
        var models = _store.Get<RecommendationModels>();
        await models.CurrentAsync("gen", CancellationToken.None);

        await StoreAsync([Message("late", "late-1", "kubernetes pods question from last week", _start.AddDays(30))]);
        await models.CurrentAsync("gen", CancellationToken.None);

        Assert.Equal(2, models.Rebuilds);
        await AssertSameAsRebuildAsync(_store);
    }

    [Fact]
    public async Task Restart_ContinuesFromStoredModel_RebuildsOnlyForOlderEventsItDidNotSee()
    {
        var community = new GeneratedCommunity(seed: 13, mutations: true);
        await StoreAsync(community.Events(800, _start, _start.AddDays(40)));
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);
        await RestartAsync();

        await StoreAsync(community.Events(200, _start.AddDays(40), _start.AddDays(40).AddHours(1)));
        _store.Clock.SetUtcNow(_start.AddDays(40).AddHours(1));
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);

        Assert.Equal(0, _store.Get<RecommendationModels>().Rebuilds); // the stored model continued
        await AssertSameAsRebuildAsync(_store);

        await RestartAsync();
        await StoreAsync(community.Events(50, _start.AddDays(40).AddHours(1), _start.AddDays(40).AddHours(2))); // e.g. an import run…
        await RestartAsync(); // …by a process that never asked for recommendations
        _store.Clock.SetUtcNow(_start.AddDays(40).AddHours(2));
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);

        Assert.Equal(0, _store.Get<RecommendationModels>().Rebuilds); // what it stored sorts after the model's last event: read and caught up
        await AssertSameAsRebuildAsync(_store);

        await StoreAsync([Message("old", "old-1", "a dockerfile from last month", _start.AddDays(10))]);
        await RestartAsync();
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);

        Assert.Equal(1, _store.Get<RecommendationModels>().Rebuilds); // an older event unseen: only a rebuild places it
        await AssertSameAsRebuildAsync(_store);
    }

    [Fact]
    public async Task Refresh_RecomputesNeighbours_CatchUpAloneKeepsThem()
    {
        var enrolled = new List<ActivityEvent>();
        foreach (var member in new[] { "a", "b", "c" })
        {
            enrolled.Add(Enroll(member, "c0", _start.AddDays(39)));
            enrolled.Add(Enroll(member, "c3", _start.AddDays(39).AddMinutes(1)));
        }
        await StoreAsync([.. enrolled, Enroll("u1", "c0", _start.AddDays(39).AddMinutes(2))]);
        var models = _store.Get<RecommendationModels>();
        var model = await models.CurrentAsync("gen", CancellationToken.None);
        Assert.Contains(model.Knn.Neighbors(Index(model, "c0")), n => n.Item == Index(model, "c3"));

        await StoreAsync([.. _laterMembers.SelectMany(m => new[] { Enroll(m, "c1", _start.AddDays(39).AddHours(1)), Enroll(m, "c4", _start.AddDays(39).AddHours(1.1)) })]);
        model = await models.CurrentAsync("gen", CancellationToken.None);
        Assert.Empty(model.Knn.Neighbors(Index(model, "c1")));
        Assert.Equal(3, model.Stats(Index(model, "c1")).Enrollments); // counters are current without the job

        model = await models.RefreshAsync("gen", CancellationToken.None);

        Assert.Contains(model.Knn.Neighbors(Index(model, "c1")), n => n.Item == Index(model, "c4"));
        Assert.Equal(1, models.Rebuilds);
    }

    [Fact]
    public async Task CatalogEdit_RebuildsWithTheNewTags()
    {
        await StoreAsync([Message("u1", "m1", "anyone here using terraform?", _start.AddDays(39))]);
        var service = _store.Get<RecommendationService>();
        var state = await service.LoadAsync("gen", _store.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Empty((await service.MemberAsync(state, "u1", CancellationToken.None)).Profile.Weights);

        await _store.Get<ICourseCatalog>().SaveAsync("gen", RecTestData.Course("c9", ["terraform"]), CancellationToken.None);
        state = await service.LoadAsync("gen", _store.Clock.GetUtcNow(), CancellationToken.None);

        Assert.True((await service.MemberAsync(state, "u1", CancellationToken.None)).Profile.Weights.ContainsKey("terraform"));
        Assert.Equal(2, _store.Get<RecommendationModels>().Rebuilds);
    }

    [Fact]
    public async Task MemberErased_ProfileGone()
    {
        await StoreAsync([Message("u1", "m1", "docker question", _start.AddDays(39)), Message("u2", "m2", "kubernetes question", _start.AddDays(39))]);
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);
        var profiles = _store.Get<IRecommendationStore>();
        Assert.NotNull(await profiles.GetProfileAsync("gen", "u1", CancellationToken.None));

        await _store.Get<IActivityStore>().DeleteMemberAsync("gen", "u1", CancellationToken.None);

        Assert.Null(await profiles.GetProfileAsync("gen", "u1", CancellationToken.None));
        await _store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);
        Assert.Equal(["u2"], (await profiles.ProfilesAsync("gen", null, CancellationToken.None)).Select(p => p.User));
    }

    private static async Task AssertSameAsRebuildAsync(StoreFixture store)
    {
        var now = store.Clock.GetUtcNow();
        var courses = await store.Get<ICourseCatalog>().ListAsync("gen", CancellationToken.None);
        var expected = new RecommendationModel("gen", new CourseSpace(courses), TagMatcher.For(courses), new RecommenderOptions(), halfLifeDays: 7);
        var stored = await store.Get<IActivityStore>().ReadCommunityAsync("gen", null, CancellationToken.None);
        var expectedProfiles = ProfileUpdate.BuildAll(expected, stored.Where(e => e.At <= now));
        var actual = await store.Get<RecommendationModels>().CurrentAsync("gen", CancellationToken.None);
        var kept = (await store.Get<IRecommendationStore>().ProfilesAsync("gen", null, CancellationToken.None)).ToDictionary(p => p.User);

        Assert.Equal(expected.Observed, actual.Observed);
        Assert.Equal(expected.MaxActivityLog2, actual.MaxActivityLog2, 1e-9);
        for (var i = 0; i < expected.Space.Count; i++)
        {
            Assert.Equal(expected.Stats(i), actual.Stats(i));
        }
        Assert.Equal(expectedProfiles.Keys.Order(), kept.Keys.Order());
        foreach (var (user, want) in expectedProfiles)
        {
            var got = kept[user];
            Assert.Equal(want.ReferenceTicks, got.ReferenceTicks);
            Assert.Equal((want.Name, want.FirstSeen, want.LastUnsolicited), (got.Name, got.FirstSeen, got.LastUnsolicited));
            AssertClose(want.Activity, got.Activity);
            AssertSameEvidence(want.Interests, got.Interests);
            Assert.Equal(want.Terms.Keys.Order(), got.Terms.Keys.Order());
            foreach (var tag in want.Terms.Keys)
            {
                AssertSameEvidence(want.Terms[tag], got.Terms[tag]);
            }
            Assert.Equal(want.Courses.Keys.Order(), got.Courses.Keys.Order());
            foreach (var (course, history) in want.Courses)
            {
                Assert.Equivalent(history, got.Courses[course], strict: true);
            }
        }
    }

    private static void AssertSameEvidence(Dictionary<string, Evidence> expected, Dictionary<string, Evidence> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, evidence) in expected)
        {
            Assert.Equal(evidence.Sources, actual[key].Sources);
            AssertClose(evidence.Sum, actual[key].Sum);
        }
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

    private async Task<StoreFixture> StartAsync(DateTimeOffset now, Action<IServiceCollection>? configure = null)
    {
        var store = await new StoreFixture(now, configure, databaseFile: _folder.File("rec.db")).StartAsync();
        if ((await store.Get<ICourseCatalog>().ListAsync("gen", CancellationToken.None)).Count == 0)
        {
            foreach (var course in Catalog())
            {
                await store.Get<ICourseCatalog>().SaveAsync("gen", course, CancellationToken.None);
            }
        }
        return store;
    }

    private async Task RestartAsync()
    {
        var now = _store.Clock.GetUtcNow();
        await _store.DisposeAsync();
        _store = await StartAsync(now);
    }

    /// <summary>Courses c0–c4, the ids <see cref="GeneratedCommunity"/> enrolls in, over the topics its texts talk about.</summary>
    private static IReadOnlyList<Course> Catalog() =>
    [
        RecTestData.Course("c0", ["docker", "containers"], ["dockerfile"]),
        RecTestData.Course("c1", ["kubernetes", "devops"], ["pods"]),
        RecTestData.Course("c2", ["docker", "devops"]),
        RecTestData.Course("c3", ["python"]),
        RecTestData.Course("c4", ["kubernetes", "deploy"]),
    ];

    private static int Index(RecommendationModel model, string course) => model.Space.IndexOf(course)!.Value;

    private async Task StoreAsync(IReadOnlyList<ActivityEvent> events) => await _store.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

    /// <summary>Every kind of course feedback from one member: a digest show, 👎 then 👍, "not now", a click after a show.</summary>
    private static List<ActivityEvent> Feedback(string user, DateTimeOffset at) =>
    [
        Course(EventKind.RecommendationShown, user, "c0", RecommendationEvents.Digest, at),
        Course(EventKind.RecommendationFeedback, user, "c0", RecommendationEvents.Down, at.AddMinutes(1)),
        Course(EventKind.RecommendationFeedback, user, "c0", RecommendationEvents.Up, at.AddMinutes(2)),
        Course(EventKind.RecommendationShown, user, "c3", RecommendationEvents.Command, at),
        Course(EventKind.RecommendationFeedback, user, "c3", RecommendationEvents.Dismiss, at.AddMinutes(3)),
        Course(EventKind.RecommendationClicked, user, "c4", null, at.AddMinutes(4)),
        Course(EventKind.RecommendationFeedback, user, "c1", RecommendationEvents.Down, at.AddMinutes(5)),
    ];

    private static ActivityEvent Course(EventKind kind, string user, string course, string? detail, DateTimeOffset at) =>
        Base(kind, user, at) with { Course = course, Detail = detail, Nonce = kind + detail + at.Ticks };

    private static ActivityEvent Enroll(string user, string course, DateTimeOffset at) => Base(EventKind.CourseEnrolled, user, at) with { Course = course };

    private static ActivityEvent Message(string user, string id, string text, DateTimeOffset at) => Base(EventKind.Message, user, at) with { MessageId = id, Text = text };

    private static ActivityEvent Reaction(string user, string id, DateTimeOffset at) => Base(EventKind.ReactionAdded, user, at) with { MessageId = id, Emoji = "👍" };

    private static ActivityEvent Base(EventKind kind, string user, DateTimeOffset at) => new()
    {
        Kind = kind, Platform = "test", Community = "gen", Channel = "general", User = user, UserName = "Name " + user, At = at,
    };
}
