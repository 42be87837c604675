using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Members;
using CommunityBot.Core.Platform;
using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Core.Recommendations.Clicks;
using CommunityBot.Core.Tests.Recommendations.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CommunityBot.Core.Tests.Recommendations;

/// <summary>The real recommendation slice (AddRecommendations) over in-memory ports, with a dispatcher to run commands.</summary>
internal sealed class RecHarness : IDisposable
{
    private readonly ServiceProvider _provider;

    public RecHarness(IReadOnlyDictionary<string, string?>? config = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(config ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IActivityStore>(Events);
        services.AddSingleton<IIngestQueue>(new DirectIngestQueue(Events));
        services.AddSingleton<ICourseCatalog>(Catalog);
        services.AddSingleton<ISettingsStore>(Settings);
        services.AddSingleton<IPrivacyStore>(Privacy);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton<IClickTokenStore>(Tokens);
        services.AddSingleton<IChatPlatform>(Chat);
        services.AddSingleton<CommandDispatcher>();
        services.AddRecommendations();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(RecTestData.Now);
    public MemoryActivityStore Events { get; } = new();
    public MemoryCourseCatalog Catalog { get; } = new(RecTestData.Catalog());
    public MemorySettingsStore Settings { get; } = new();
    public MemoryPrivacyStore Privacy { get; } = new();
    public MemoryAuditLog Audit { get; } = new();
    public MemoryClickTokenStore Tokens { get; } = new();
    public RecordingChatPlatform Chat { get; } = new("discord");

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public Task SeedAsync(params ActivityEvent[] events) => Events.AppendAsync(events, CancellationToken.None);

    public Task<Reply> AskAsync(string user, string text, MemberRole role = MemberRole.Member) =>
        Get<CommandDispatcher>().DispatchAsync(new CommandRequest("discord", "g1", "general", user, user.ToUpperInvariant(), role, text), CancellationToken.None);

    public Task<Reply> PressAsync(string user, string action) =>
        Get<CommandDispatcher>().PressAsync(new ButtonPress("discord", "g1", "general", user, user.ToUpperInvariant(), MemberRole.Member, action), CancellationToken.None);

    public void Dispose() => _provider.Dispose();
}
