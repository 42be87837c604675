using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Tests.Recommendations.Fakes;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Recommendations;

/// <summary>The real core plus the recommendation slice on a real LiteDB file, a fake clock and a recording chat adapter.</summary>
internal sealed class RecHarness : IAsyncDisposable
{
    private readonly StoreFixture _fixture;

    private RecHarness(IReadOnlyDictionary<string, string?> config)
    {
        _fixture = new StoreFixture(RecTestData.Now, services =>
        {
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
            services.AddSingleton<IChatPlatform>(Chat);
            services.AddSingleton(new StarterCatalog(RecTestData.Catalog()));
        });
    }

    public RecordingChatPlatform Chat { get; } = new("discord");

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _fixture.Clock;

    public static async Task<RecHarness> StartAsync(IReadOnlyDictionary<string, string?>? config = null)
    {
        var harness = new RecHarness(config ?? new Dictionary<string, string?>());
        await harness._fixture.StartAsync();
        return harness;
    }

    public T Get<T>() where T : notnull => _fixture.Get<T>();

    public Task SeedAsync(params ActivityEvent[] events) => Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

    public async Task<IReadOnlyList<ActivityEvent>> EventsAsync(EventKind kind) =>
        (await Get<IActivityStore>().ReadCommunityAsync("g1", null, CancellationToken.None)).Where(e => e.Kind == kind).ToList();

    public Task<Reply> AskAsync(string user, string text, MemberRole role = MemberRole.Member) => AskInAsync("g1", user, text, role);

    public Task<Reply> AskInAsync(string community, string user, string text, MemberRole role = MemberRole.Member) =>
        Get<CommandDispatcher>().DispatchAsync(new CommandRequest("discord", community, "general", user, user.ToUpperInvariant(), role, text), CancellationToken.None);

    public Task<Reply> PressAsync(string user, string action) =>
        Get<CommandDispatcher>().PressAsync(new ButtonPress("discord", "g1", "general", user, user.ToUpperInvariant(), MemberRole.Member, action), CancellationToken.None);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();
}
