using CommunityBot.Core.Activity;
using CommunityBot.Storage.LiteDb;
using CommunityBot.Storage.Postgres;

namespace CommunityBot.Hosting;

/// <summary>
/// Section "Storage": which store holds everything. <c>litedb</c> (the default: one file in the data folder) or
/// <c>postgres</c>, with the connection string in Storage:ConnectionString or, to keep a password out of the
/// environment, in the file Storage:ConnectionStringFile (COMMUNITYBOT__STORAGE__PROVIDER, …__CONNECTIONSTRING, …__CONNECTIONSTRINGFILE).
/// </summary>
public static class StorageChoice
{
    public const string Section = "Storage";
    public const string LiteDb = "litedb";
    public const string Postgres = "postgres";

    public static string ProviderOf(IConfiguration configuration) =>
        (configuration[Section + ":Provider"] is { Length: > 0 } provider ? provider : LiteDb).Trim().ToLowerInvariant();

    public static bool IsPostgres(IConfiguration configuration) => ProviderOf(configuration) == Postgres;

    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration, BotPaths paths) => ProviderOf(configuration) switch
    {
        LiteDb => services.AddLiteDbStorage(paths.DatabaseFile),
        Postgres => services.AddPostgresStorage(ConnectionString(configuration)),
        var other => throw new StorageUnavailableException($"Storage:Provider '{other}' is not a store: use {LiteDb} (the default) or {Postgres}."),
    };

    public static string ConnectionString(IConfiguration configuration)
    {
        if (configuration[Section + ":ConnectionString"] is { Length: > 0 } given)
        {
            return given;
        }
        if (configuration[Section + ":ConnectionStringFile"] is { Length: > 0 } file)
        {
            return File.Exists(file)
                ? File.ReadAllText(file).Trim()
                : throw new StorageUnavailableException($"Storage:ConnectionStringFile '{file}' does not exist.");
        }
        throw new StorageUnavailableException("Storage:Provider is postgres but no connection string is set: "
            + "set COMMUNITYBOT__STORAGE__CONNECTIONSTRING or COMMUNITYBOT__STORAGE__CONNECTIONSTRINGFILE.");
    }
}
