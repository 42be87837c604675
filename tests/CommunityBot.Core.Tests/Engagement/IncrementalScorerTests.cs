using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

public sealed class IncrementalScorerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly StoreFixture _store = TestTopics.Store(_start.AddDays(40), "docker", "kubernetes");
    private readonly GeneratedCommunity _community = new(seed: 7);

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Score_NewEventsAfterKeptRun_SameAsFullRecompute()
    {
        await StoreAsync(_community.Events(3_000, _start, _start.AddDays(40)));
        var incremental = _store.Get<IncrementalScorer>();
        await incremental.ScoreAsync("gen", CancellationToken.None);
        await StoreAsync(_community.Events(1_000, _start.AddDays(40), _start.AddDays(45)));
        _store.Clock.SetUtcNow(_start.AddDays(45)); // the window moved on: old events left it, all decayed further

        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
        var full = await _store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None);

        Assert.Equal(1, incremental.Rebuilds);
        AssertSameScores(full, continued);
    }

    [Fact]
    public async Task Score_ReactionsPastTheCap_ReappliedExactly()
    {
        // Fifteen reactions against a cap of ten: re-crediting them (one removed, one more) must withdraw exactly what
        // each gave, the capped five no content value. A reaction on another message of the author stays credited,
        // so the content value is never zeroed along the way (which would hide a wrong withdrawal).
        var e = new Events(_start.AddDays(40), community: "gen");
        await StoreAsync([e.Message("a", TimeSpan.FromHours(10), "popular docker answer", id: "m1"),
            e.Message("a", TimeSpan.FromHours(12), "an older answer", id: "m2"), e.Reaction("q", "m2", TimeSpan.FromHours(11)),
            .. Enumerable.Range(0, 15).Select(i => e.Reaction("r" + i, "m1", TimeSpan.FromHours(9 - i * 0.1)))]);
        var incremental = _store.Get<IncrementalScorer>();
        var first = await incremental.ScoreAsync("gen", CancellationToken.None);
        await StoreAsync([e.Reaction("r0", "m1", TimeSpan.FromHours(1), removed: true), e.Reaction("r15", "m1", TimeSpan.FromHours(0.5))]);

        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);

        Assert.Equal(1, incremental.Rebuilds);
        AssertSameScores(await FullAsync(), continued);
        Assert.Equal(16, continued.Members.Single(m => m.User == "a").ReactionsReceived);
        Assert.True(continued.Members.Single(m => m.User == "a").ContentRaw > first.Members.Single(m => m.User == "a").ContentRaw); // r10 is now among the first ten
    }

    [Fact]
    public async Task Score_OlderEventStoredWhileTheHistoryStreams_ReadsItWholeAndMatchesFull()
    {
        StreamHookEventStore hook = null!;
        await using var store = await TestTopics.Store(_start.AddDays(40), s => hook = StreamHookEventStore.Install(s), "docker").StartAsync();
        var queue = store.Get<IIngestQueue>();
        await queue.StoreAsync(_community.Events(1_000, _start, _start.AddDays(40)), CancellationToken.None);
        var late = new Events(_start.AddDays(40), community: "gen").Message("late", TimeSpan.FromDays(30), "an old docker answer, imported", id: "late-1");
        hook.WhileStreaming = () => queue.StoreAsync([late], CancellationToken.None);
        var incremental = store.Get<IncrementalScorer>();

        var rebuilt = await incremental.ScoreAsync("gen", CancellationToken.None);

        Assert.Null(hook.WhileStreaming); // the hook ran during the read
        Assert.Equal(1, incremental.Rebuilds);
        Assert.Contains(rebuilt.Members, m => m.User == "late");
        AssertSameScores(await store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None), rebuilt);
        await queue.StoreAsync(_community.Events(200, _start.AddDays(40), _start.AddDays(41)), CancellationToken.None);
        store.Clock.SetUtcNow(_start.AddDays(41));
        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
        Assert.Equal(1, incremental.Rebuilds); // what it kept afterwards continues exactly
        AssertSameScores(await store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None), continued);
    }

    [Fact]
    public async Task Score_EditOfScoredMessage_ContinuesAndMatchesFull()
    {
        await StoreAsync(_community.Events(1_000, _start, _start.AddDays(40)));
        var incremental = _store.Get<IncrementalScorer>();
        await incremental.ScoreAsync("gen", CancellationToken.None);
        await StoreAsync([.. _community.Events(200, _start.AddDays(40), _start.AddDays(41)), _community.EditOfFirstMessage(_start.AddDays(41))]);
        _store.Clock.SetUtcNow(_start.AddDays(41));

        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
        var full = await _store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None);

        Assert.Equal(1, incremental.Rebuilds); // the kept run re-applies anti-farming to the edited text itself
        AssertSameScores(full, continued);
    }

    [Fact]
    public async Task Score_LateEventOlderThanScored_RebuildsAndMatchesFull()
    {
        await StoreAsync(_community.Events(1_000, _start, _start.AddDays(40)));
        var incremental = _store.Get<IncrementalScorer>();
        await incremental.ScoreAsync("gen", CancellationToken.None);
        await StoreAsync(new GeneratedCommunity(seed: 8).Events(50, _start.AddDays(10), _start.AddDays(11)).Where(e => e.Kind == Core.Activity.EventKind.Join).ToList());

        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
        var full = await _store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None);

        Assert.Equal(2, incremental.Rebuilds);
        AssertSameScores(full, continued);
    }

    [Fact]
    public async Task Score_WeightsChanged_RebuildsWithNewWeights()
    {
        await StoreAsync(_community.Events(1_000, _start, _start.AddDays(40)));
        var incremental = _store.Get<IncrementalScorer>();
        var before = await incremental.ScoreAsync("gen", CancellationToken.None);
        await _store.Get<ISettingsStore>().SaveAsync(CommunitySettings.DefaultFor("gen") with { Weights = new Weights { Alpha = 0, Beta = 0, Gamma = 1 } }, CancellationToken.None);

        var after = await incremental.ScoreAsync("gen", CancellationToken.None);

        Assert.Equal(2, incremental.Rebuilds);
        Assert.All(after.Members, m => Assert.Equal(m.Interaction, m.Engagement, 1e-12));
        Assert.NotEqual(before.Members.Select(m => m.Engagement), after.Members.Select(m => m.Engagement));
    }

    [Fact]
    public async Task Score_StepsWithEditsDeletionsRemovalsAndBursts_EveryStepSameAsFullAndStoredScoresAgree()
    {
        var community = new GeneratedCommunity(seed: 11, mutations: true);
        var at = _start.AddDays(40);
        await StoreAsync(community.Events(1_500, _start.AddDays(10), at));
        var dense = community.MessageCount;
        await StoreAsync(community.Events(500, at, at.AddMinutes(20))); // dense: cooldown bursts and repeated awards
        var denseMessages = dense..community.MessageCount;
        _store.Clock.SetUtcNow(at.AddHours(2));
        var incremental = _store.Get<IncrementalScorer>();
        await incremental.ScoreAsync("gen", CancellationToken.None);

        for (var step = 1; step <= 8; step++)
        {
            at = at.AddDays(1.5); // the window moves: credits leave it, capped reactions make room for later ones
            await StoreAsync(community.Events(150, at, at.AddHours(1), members: 25 + 2 * step)); // new members: mentioned before they spoke
            await StoreAsync(community.Rewrites(20, at.AddHours(1), at.AddHours(1.5))); // edits and deletions of old messages
            await StoreAsync(community.Rewrites(10, at.AddHours(1.5), at.AddHours(2), denseMessages)); // …inside bursts: statuses cascade
            _store.Clock.SetUtcNow(at.AddHours(2 + step));

            var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
            var full = await FullAsync();

            AssertSameScores(full, continued);
            var stored = await _store.Get<IScoreStore>().ListAsync("gen", CancellationToken.None);
            AssertSameMembers(full.Members, stored);
            if (step % 3 == 0)
            {
                await _store.Get<EngagementScorer>().ScoreCommunityAsync("gen", CancellationToken.None); // a /recompute between two scores
            }
        }
        Assert.Equal(1, incremental.Rebuilds);
    }

    [Fact]
    public async Task Score_WholeSecondTimesStoredOutOfOrder_AllPathsAgree()
    {
        // Exports carry whole seconds: many events share a time, and storage order is not chat order.
        var at = _start.AddDays(39);
        var events = new GeneratedCommunity(seed: 21, mutations: true).Events(600, at, at.AddMinutes(2))
            .Select(e => e with { At = new DateTimeOffset(e.At.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero) })
            .ToList();
        var shuffle = new Random(5);
        var incremental = _store.Get<IncrementalScorer>();
        foreach (var batch in events.Chunk(150))
        {
            await StoreAsync([.. batch.OrderBy(_ => shuffle.Next())]);
            var continued = await incremental.ScoreAsync("gen", CancellationToken.None);
            AssertSameScores(await FullAsync(), continued);
        }

        await _store.Get<EngagementScorer>().ScoreAllAsync(CancellationToken.None);
        AssertSameMembers((await FullAsync()).Members, await _store.Get<IScoreStore>().ListAsync("gen", CancellationToken.None));
    }

    [Fact]
    public async Task Score_OneNewMessage_RewritesOnlyItsAuthorsTotals()
    {
        // (no event sits exactly on the window's edge, which moves by a second too)
        await StoreAsync(_community.Events(1_000, _start.AddMinutes(1), _start.AddDays(40)));
        var incremental = _store.Get<IncrementalScorer>();
        var first = await incremental.ScoreAsync("gen", CancellationToken.None);
        var at = _start.AddDays(40).AddSeconds(1);
        await StoreAsync([new Core.Activity.ActivityEvent
        {
            Kind = Core.Activity.EventKind.Message, Platform = "test", Community = "gen", Channel = "general", User = "u3",
            At = at, MessageId = "late-news", Text = "anyone tried kubernetes operators?",
        }]);
        _store.Clock.SetUtcNow(at);

        var continued = await incremental.ScoreAsync("gen", CancellationToken.None);

        Assert.True(first.Complete);
        Assert.Equal(first.Members.Count, first.Changed.Count);
        Assert.False(continued.Complete);
        Assert.Equal(["u3"], continued.Changed.Select(t => t.User));
        AssertSameScores(await FullAsync(), continued);
        AssertSameMembers(continued.Members, await _store.Get<IScoreStore>().ListAsync("gen", CancellationToken.None));
    }

    private async Task<ScoringResult> FullAsync()
    {
        var history = await _store.Get<Core.Activity.IActivityStore>().ReadCommunityAsync("gen", null, CancellationToken.None);
        var settings = await _store.Get<ISettingsStore>().GetAsync("gen", CancellationToken.None);
        var topics = await _store.Get<ICommunityTopics>().ForAsync("gen", CancellationToken.None);
        return ScoreCalculator.Compute("gen", history, settings, topics.Matcher, _store.Clock.GetUtcNow());
    }

    private async Task StoreAsync(IReadOnlyList<Core.Activity.ActivityEvent> events) =>
        await _store.Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

    private static void AssertSameScores(ScoringResult expected, ScoringResult actual)
    {
        AssertSameMembers(expected.Members, actual.Members);
        var (es, a2) = (expected.Snapshot, actual.Snapshot);
        Assert.Equal(es.Activity, a2.Activity, 1e-9);
        Assert.Equal(es.MeanEngagement, a2.MeanEngagement, 1e-9);
        Assert.Equal(es with { Activity = a2.Activity, MeanEngagement = a2.MeanEngagement }, a2);
    }

    private static void AssertSameMembers(IReadOnlyList<MemberScore> expected, IReadOnlyList<MemberScore> actual)
    {
        Assert.Equal(expected.Select(m => m.User).Order(), actual.Select(m => m.User).Order());
        var byUser = actual.ToDictionary(m => m.User);
        foreach (var e in expected)
        {
            var a = byUser[e.User];
            foreach (var (x, y) in new[] { (e.Content, a.Content), (e.Interest, a.Interest), (e.Interaction, a.Interaction), (e.Engagement, a.Engagement),
                (e.ContentRaw, a.ContentRaw), (e.InteractionRaw, a.InteractionRaw), (e.TopicalRaw, a.TopicalRaw) })
            {
                Assert.Equal(x, y, 1e-9);
            }
            Assert.Equal(e with { Content = a.Content, Interest = a.Interest, Interaction = a.Interaction, Engagement = a.Engagement,
                ContentRaw = a.ContentRaw, InteractionRaw = a.InteractionRaw, TopicalRaw = a.TopicalRaw, DailyPoints = a.DailyPoints }, a);
            Assert.Equal(e.DailyPoints.OrderBy(d => d.Key), a.DailyPoints.OrderBy(d => d.Key));
        }
    }
}
