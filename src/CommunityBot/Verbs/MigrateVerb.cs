using System.CommandLine;
using CommunityBot.Core;
using CommunityBot.Hosting;
using CommunityBot.Http;
using CommunityBot.Migrate;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot migrate --to postgres [--connection CS]: copies the data folder's LiteDB database into PostgreSQL
/// (Storage:ConnectionString, or --connection), then checks every community on both. Run it with the bot stopped.
/// </summary>
public static class MigrateVerb
{
    public static Command Create(GlobalOptions global)
    {
        var to = new Option<string>("--to") { Description = "The store to move to", Required = true };
        to.AcceptOnlyFromAmong(StorageChoice.Postgres);
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string (default: Storage:ConnectionString)" };
        var command = new Command("migrate", "Copy the LiteDB database into PostgreSQL and verify it (running it again changes nothing)") { to, connection };
        command.SetAction(async (parse, ct) =>
        {
            var paths = global.Paths(parse);
            if (!File.Exists(paths.DatabaseFile))
            {
                await Console.Error.WriteLineAsync($"error: no LiteDB database at {paths.DatabaseFile}; --data names the folder it is in.");
                return ExitCodes.Usage;
            }
            var overrides = new Dictionary<string, string?> { ["Storage:Provider"] = StorageChoice.Postgres };
            if (parse.GetValue(connection) is { Length: > 0 } given)
            {
                overrides["Storage:ConnectionString"] = given;
            }
            return await ToolHost.RunAsync(paths, (target, token) => MigrateAsync(paths, target, token), ct, overrides);
        });
        return command;
    }

    private static async Task<int> MigrateAsync(BotPaths paths, IServiceProvider target, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSingleton(target.GetRequiredService<IConfiguration>());
        services.AddSingleton(target.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddCore();
        services.AddLiteDbStorage(paths.DatabaseFile);
        services.AddRecommendationHosting();
        await using var source = services.BuildServiceProvider();
        Console.WriteLine($"Moving {paths.DatabaseFile} to PostgreSQL");
        var checks = await new StoreMigration(source, target, Console.Out, Console.Error).RunAsync(ct);
        foreach (var c in checks)
        {
            Console.WriteLine($"{c.Community}: {c.TargetEvents:N0} of {c.SourceEvents:N0} events, checksum {c.TargetChecksum}"
                + (c.SourceChecksum == c.TargetChecksum ? " (same)" : $" (source {c.SourceChecksum})")
                + $", {c.Members:N0} members scored {(c.ScoresSame ? "the same" : "DIFFERENTLY")}");
        }
        if (checks.All(c => c.Same))
        {
            Console.WriteLine($"Verified {checks.Count} communities. Set COMMUNITYBOT__STORAGE__PROVIDER=postgres to run on PostgreSQL.");
            return ExitCodes.Ok;
        }
        await Console.Error.WriteLineAsync("error: the copy differs from the source (see above); the source is unchanged, run migrate again.");
        return ExitCodes.Failed;
    }
}
