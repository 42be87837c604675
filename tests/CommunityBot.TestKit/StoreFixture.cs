using CommunityBot.Core;
using CommunityBot.Core.Communities;
using CommunityBot.Storage.LiteDb;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace CommunityBot.TestKit;

/// <summary>
/// The real core on a real LiteDB file in a temp folder, with a fake clock; hosted services (the ingest writer)
/// are started so events flow exactly as in production.
/// </summary>
public sealed class StoreFixture : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<IHostedService> _started = [];

    public StoreFixture(DateTimeOffset now, Action<IServiceCollection>? configure = null, string? databaseFile = null)
    {
        DatabaseFile = databaseFile ?? _folder.File("test.db");
        Clock = new FakeTimeProvider(now);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        // Tests send many commands as one member at one fake instant; the rate limit has its own tests.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Commands:RateLimit:Calls"] = "0" }).Build());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCore();
        services.AddLiteDbStorage(DatabaseFile);
        services.AddSingleton<IJobSchedules, FakeJobSchedules>();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; }

    public ServiceProvider Services { get; }

    /// <summary>The LiteDB file; a caller-supplied path outlives the fixture (restart tests).</summary>
    public string DatabaseFile { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A hash of every document in every collection: equal before and after means the call stored nothing.</summary>
    public string StateFingerprint()
    {
        var db = Get<LiteDbContext>().Database;
        var all = new System.Text.StringBuilder();
        foreach (var name in db.GetCollectionNames().Order(StringComparer.Ordinal))
        {
            all.Append('#').Append(name).Append('\n');
            foreach (var doc in db.GetCollection(name).FindAll().Select(d => LiteDB.JsonSerializer.Serialize(d)).Order(StringComparer.Ordinal))
            {
                all.Append(doc).Append('\n');
            }
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(all.ToString())));
    }

    public async Task<StoreFixture> StartAsync()
    {
        foreach (var service in Services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            _started.Add(service);
        }
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _started)
        {
            await service.StopAsync(CancellationToken.None);
        }
        await Services.DisposeAsync();
        _folder.Dispose();
    }
}
