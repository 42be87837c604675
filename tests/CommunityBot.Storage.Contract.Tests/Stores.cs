using CommunityBot.Core;
using CommunityBot.Core.Communities;
using CommunityBot.Storage.LiteDb;
using CommunityBot.Storage.Postgres;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CommunityBot.Storage.Contract.Tests;

/// <summary>One store behind the Core ports: a LiteDB file in a temp folder, or a fresh PostgreSQL database.</summary>
public interface IStoreKind
{
    string Name { get; }

    /// <summary>A new, empty store: a file path or a connection string, which opens the same store again.</summary>
    string NewLocation();

    void Register(IServiceCollection services, string location);
}

public sealed class LiteDbKind : IStoreKind, IDisposable
{
    private readonly TempFolder _folder = new();

    public string Name => "litedb";

    public string NewLocation() => _folder.File(Guid.NewGuid().ToString("N") + ".db");

    public void Register(IServiceCollection services, string location) => services.AddLiteDbStorage(location);

    public void Dispose() => _folder.Dispose();
}

public sealed class PostgresKind : IStoreKind
{
    public string Name => "postgres";

    public string NewLocation() => PostgresServer.CreateDatabase();

    public void Register(IServiceCollection services, string location) => services.AddPostgresStorage(location);
}

/// <summary>The real core on one store, as the bot runs it (the ingest writer started), with a fake clock.</summary>
public sealed class Bot : IAsyncDisposable
{
    private readonly List<IHostedService> _started = [];

    private Bot(IStoreKind kind, string location, DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Commands:RateLimit:Calls"] = "0" }).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCore();
        kind.Register(services, location);
        services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Location = location;
    }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    public string Location { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<Bot> StartAsync(IStoreKind kind, string location, DateTimeOffset now)
    {
        var bot = new Bot(kind, location, now);
        foreach (var service in bot.Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            bot._started.Add(service);
        }
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _started)
        {
            await service.StopAsync(CancellationToken.None);
        }
        await Services.DisposeAsync();
    }
}
