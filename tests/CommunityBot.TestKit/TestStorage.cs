using CommunityBot.Storage.LiteDb;
using CommunityBot.Storage.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityBot.TestKit;

/// <summary>The store a test host gets: a LiteDB file of its own, or, when its settings name one, a shared PostgreSQL database.</summary>
public static class TestStorage
{
    /// <summary>The setting that puts a host on PostgreSQL (several hosts on one database, as several instances would be).</summary>
    public const string PostgresSetting = "Storage:ConnectionString";

    public static IServiceCollection AddTestStorage(this IServiceCollection services, string? postgres, string liteDbFile) =>
        postgres is { Length: > 0 } ? services.AddPostgresStorage(postgres) : services.AddLiteDbStorage(liteDbFile);
}
