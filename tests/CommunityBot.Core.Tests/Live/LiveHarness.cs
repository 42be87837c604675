using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Live;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Tests.Recommendations;
using CommunityBot.Core.Tests.Recommendations.Fakes;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.Core.Tests.Live;

/// <summary>
/// The bot host's live loop on a real LiteDB file (optionally one that outlives the harness, for restarts), a fake
/// clock and a recording Discord adapter. Events are built for community g1 on platform "discord".
/// </summary>
internal sealed class LiveHarness : IAsyncDisposable
{
    private readonly StoreFixture _fixture;

    private LiveHarness(string? databaseFile, DateTimeOffset now, Action<IServiceCollection>? extra)
    {
        _fixture = new StoreFixture(now, services =>
        {
            services.AddSingleton<IChatPlatform>(Chat);
            services.AddLiveCommunity();
            services.AddSingleton(new StarterCatalog(RecTestData.Catalog()));
            extra?.Invoke(services);
        }, databaseFile);
        Events = new Events(now, "g1", "discord");
    }

    public RecordingChatPlatform Chat { get; } = new("discord");

    public Events Events { get; }

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock => _fixture.Clock;

    public static async Task<LiveHarness> StartAsync(string? databaseFile = null, DateTimeOffset? now = null, Action<IServiceCollection>? services = null)
    {
        var harness = new LiveHarness(databaseFile, now ?? RecTestData.Now, services);
        await harness._fixture.StartAsync();
        return harness;
    }

    public T Get<T>() where T : notnull => _fixture.Get<T>();

    public Task StoreAsync(params ActivityEvent[] events) => Get<IIngestQueue>().StoreAsync(events, CancellationToken.None);

    /// <summary>Waits for a pass of the live loop that started after the events stored so far.</summary>
    public Task PassAsync() => Get<LiveCommunityService>().NextPassAsync().WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>A first score of the community: the run that only records levels (see <see cref="LevelUps"/>).</summary>
    public async Task BaselineAsync(string user = "old")
    {
        await StoreAsync(Events.Message(user, TimeSpan.FromDays(3), id: "baseline-" + user));
        await PassAsync();
    }

    /// <summary><paramref name="count"/> live messages of one member, a cooldown apart, within the last minutes.</summary>
    public ActivityEvent[] LiveMessages(string user, int count, string channel = "general", string? name = null) =>
        Enumerable.Range(0, count).Select(i => Events.Message(user, TimeSpan.FromSeconds(61 * (count - i)), $"live message number {i} from me",
            channel: channel, id: $"{user}-live-{i}") with { UserName = name ?? Events.Name(user) }).ToArray();

    public Task<Reply> AskAsync(string user, string text, MemberRole role = MemberRole.Member, string channel = "general") =>
        Get<CommandDispatcher>().DispatchAsync(new CommandRequest("discord", "g1", channel, user, user.ToUpperInvariant(), role, text), CancellationToken.None);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();
}
