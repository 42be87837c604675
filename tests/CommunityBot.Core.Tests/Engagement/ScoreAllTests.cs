using CommunityBot.Core.Activity;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Engagement;
using CommunityBot.Core.Ingest;
using CommunityBot.TestKit;

namespace CommunityBot.Core.Tests.Engagement;

public sealed class ScoreAllTests : IAsyncLifetime
{
    private static readonly DateTimeOffset _start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly StoreFixture _store = TestTopics.Store(_start.AddDays(40), "docker", "kubernetes");

    public async Task InitializeAsync() => await _store.StartAsync();

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task ScoreAll_InterleavedCommunities_EachSameAsScoredAlone()
    {
        var a = new GeneratedCommunity(seed: 3, community: "a", mutations: true).Events(1_500, _start, _start.AddDays(40));
        var b = new GeneratedCommunity(seed: 4, community: "b", mutations: true).Events(1_500, _start.AddMinutes(7), _start.AddDays(40));
        await _store.Get<IIngestQueue>().StoreAsync([.. a.Concat(b).OrderBy(e => e.At)], CancellationToken.None);
        await _store.Get<ISettingsStore>().SaveAsync(CommunitySettings.DefaultFor("b") with { Weights = new Weights { Alpha = 0, Beta = 1, Gamma = 1 } }, CancellationToken.None);

        Assert.Equal(2, await _store.Get<EngagementScorer>().ScoreAllAsync(CancellationToken.None));

        foreach (var community in new[] { "a", "b" })
        {
            var alone = ScoreCalculator.Compute(community,
                await _store.Get<IActivityStore>().ReadCommunityAsync(community, null, CancellationToken.None),
                await _store.Get<ISettingsStore>().GetAsync(community, CancellationToken.None),
                (await _store.Get<ICommunityTopics>().ForAsync(community, CancellationToken.None)).Matcher, _store.Clock.GetUtcNow());
            var stored = (await _store.Get<IScoreStore>().ListAsync(community, CancellationToken.None)).ToDictionary(s => s.User);
            Assert.Equal(alone.Members.Count, stored.Count);
            Assert.All(alone.Members, m => Assert.Equal(m with { DailyPoints = stored[m.User].DailyPoints }, stored[m.User]));
        }
    }
}
