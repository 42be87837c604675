using CommunityBot.Core;
using CommunityBot.Core.Communities;
using CommunityBot.Core.Ingest;
using CommunityBot.Discord.Tests.StandIn;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Tests.Support;

/// <summary>
/// The real adapter in a real host, pointed at the stand-in: the real core (commands, dispatcher, ingest queue)
/// over a real LiteDB file in a temp folder, with the ingest queue wrapped so tests can await what was stored.
/// </summary>
public sealed class AdapterHost : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private AdapterHost(IHost host, TempFolder folder, LogCapture logs)
    {
        Host = host;
        _folder = folder;
        Logs = logs;
        Store = (ObservedIngestQueue)host.Services.GetRequiredService<IIngestQueue>();
    }

    public IHost Host { get; }
    public ObservedIngestQueue Store { get; }
    public LogCapture Logs { get; }
    public IServiceProvider Services => Host.Services;

    public static async Task<AdapterHost> StartAsync(DiscordStandIn standIn, IDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var logs = new LogCapture();
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
        services.AddCore();
        services.AddTestStorage(builder.Configuration[TestStorage.PostgresSetting], folder.File("bot.db"));
        Observe(services);
        services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        services.AddSingleton<SlowGate>();
        services.AddCommand<EchoTestCommand>().AddCommand<SlowTestCommand>().AddCommand<ChartTestCommand>();
        services.AddDiscord(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new AdapterHost(host, folder, logs);
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
        _folder.Dispose();
        Assert.DoesNotContain(Logs.Entries.Snapshot(), e => e.Message.Contains(DiscordStandIn.Token, StringComparison.Ordinal));
    }

    private static void Observe(IServiceCollection services) =>
        services.AddSingleton<IIngestQueue>(sp => new ObservedIngestQueue(sp.GetRequiredService<IngestQueue>()));
}
