using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Core.Platform;
using CommunityBot.Discord.Tests.StandIn;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>The real adapter in a real host, pointed at the stand-in, with a real ingest queue and an awaitable store.</summary>
public sealed class AdapterHost : IAsyncDisposable
{
    private AdapterHost(IHost host, InMemoryActivityStore store, LogCapture logs)
    {
        Host = host;
        Store = store;
        Logs = logs;
    }

    public IHost Host { get; }
    public InMemoryActivityStore Store { get; }
    public LogCapture Logs { get; }
    public IServiceProvider Services => Host.Services;

    public static IHost Build(DiscordStandIn standIn, InMemoryActivityStore store, LogCapture logs,
        IDictionary<string, string?>? settings = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = DiscordStandIn.Token,
            ["Discord:ApiBaseUrl"] = standIn.ApiBaseUrl,
            ["Discord:ReconnectDelay"] = "00:00:00.050",
            ["Discord:InvalidSessionDelay"] = "00:00:00.020",
            ["Discord:IdentifySpacing"] = "00:00:00",
            ["Ingest:MaxLatencyMs"] = "10",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        var services = builder.Services;
        services.AddSingleton<IActivityStore>(store);
        services.AddSingleton<ISettingsStore, InMemorySettingsStore>();
        services.AddIngest();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SlowGate>();
        services.AddSingleton<IBotCommand, ProfileTestCommand>();
        services.AddSingleton<IBotCommand, LeaderboardTestCommand>();
        services.AddSingleton<IBotCommand, RecomputeTestCommand>();
        services.AddSingleton<IBotCommand, EchoTestCommand>();
        services.AddSingleton<IBotCommand, SlowTestCommand>();
        services.AddSingleton<IBotCommand, ChartTestCommand>();
        services.AddSingleton<IButtonHandler, LeaderboardPager>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<ChatPlatforms>();
        services.AddDiscord(builder.Configuration);
        return builder.Build();
    }

    public static async Task<AdapterHost> StartAsync(DiscordStandIn standIn, IDictionary<string, string?>? settings = null)
    {
        var store = new InMemoryActivityStore();
        var logs = new LogCapture();
        var host = Build(standIn, store, logs, settings);
        await host.StartAsync();
        return new AdapterHost(host, store, logs);
    }

    /// <summary>Accepts the adapter's first connection, checks it identifies, and answers READY + GUILD_CREATE.</summary>
    public static async Task<GatewayPeer> ConnectAsync(DiscordStandIn standIn)
    {
        var peer = await standIn.NextConnectionAsync();
        await peer.ExpectAsync(2);
        await peer.SendReadyAsync();
        return peer;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        Assert.DoesNotContain(Logs.Entries.Snapshot(), e => e.Message.Contains(DiscordStandIn.Token, StringComparison.Ordinal));
    }
}
