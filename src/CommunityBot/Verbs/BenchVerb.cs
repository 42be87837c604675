using System.CommandLine;
using CommunityBot.Bench;
using CommunityBot.Hosting;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot bench [--events N] [--members M] [--courses K] [--quick] [--store litedb|postgres [--connection CS]]: generates a synthetic community network and
/// measures ingest, scoring and memory in one process; prints one JSON object on stdout, progress on stderr.
/// </summary>
public static class BenchVerb
{
    public static Command Create(GlobalOptions global)
    {
        var events = new Option<int?>("--events") { Description = $"Events to generate (default {BenchSize.Full.Events:N0})" };
        var members = new Option<int?>("--members") { Description = $"Members across all communities (default {BenchSize.Full.Members:N0})" };
        var courses = new Option<int?>("--courses") { Description = $"Courses in the catalog (default {BenchSize.Full.Courses:N0})" };
        var quick = new Option<bool>("--quick") { Description = $"Smoke-check size ({BenchSize.Quick.Events:N0} events, {BenchSize.Quick.Members:N0} members)" };
        var store = new Option<string>("--store") { Description = "litedb (default) or postgres: a scratch database created on the server of --connection and dropped after", DefaultValueFactory = _ => StorageChoice.LiteDb };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL server for --store postgres (default: COMMUNITYBOT__STORAGE__CONNECTIONSTRING); its user needs CREATEDB" };
        var command = new Command("bench", "Measure ingest, scoring and memory on a synthetic workload; prints one JSON object")
        {
            events, members, courses, quick, store, connection,
        };
        command.SetAction(async (parse, ct) =>
        {
            var defaults = parse.GetValue(quick) ? BenchSize.Quick : BenchSize.Full;
            var size = new BenchSize(
                parse.GetValue(events) ?? defaults.Events,
                parse.GetValue(members) ?? defaults.Members,
                parse.GetValue(courses) ?? defaults.Courses);
            if (size.Events < 1 || size.Members < 1 || size.Courses < 0)
            {
                await Console.Error.WriteLineAsync("error: --events and --members must be positive, --courses not negative");
                return ExitCodes.Usage;
            }
            var provider = parse.GetValue(store)!.Trim().ToLowerInvariant();
            var server = parse.GetValue(connection) ?? Environment.GetEnvironmentVariable(CommunityBotHosting.EnvironmentPrefix + "STORAGE__CONNECTIONSTRING");
            if (provider is not (StorageChoice.LiteDb or StorageChoice.Postgres))
            {
                await Console.Error.WriteLineAsync($"error: --store must be {StorageChoice.LiteDb} or {StorageChoice.Postgres}");
                return ExitCodes.Usage;
            }
            if (provider == StorageChoice.Postgres && string.IsNullOrWhiteSpace(server))
            {
                await Console.Error.WriteLineAsync("error: --store postgres needs --connection (a server whose user may CREATE DATABASE) or COMMUNITYBOT__STORAGE__CONNECTIONSTRING");
                return ExitCodes.Usage;
            }
            var scratch = Path.Combine(global.Paths(parse).DataFolder, "bench-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                await using var target = provider == StorageChoice.Postgres ? await BenchStore.PostgresAsync(server!, ct) : BenchStore.LiteDb();
                var report = await new BenchRunner(size, scratch, Console.Error, target).RunAsync(ct);
                Console.WriteLine(report.ToJson());
                return ExitCodes.Ok;
            }
            catch (Npgsql.NpgsqlException ex)
            {
                await Console.Error.WriteLineAsync("error: PostgreSQL: " + ex.Message);
                return ExitCodes.Storage;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }
}
