using System.Diagnostics;
using CommunityBot.Hosting;
using CommunityBot.Storage.LiteDb;
using CommunityBot.Storage.Postgres;
using Npgsql;

namespace CommunityBot.Bench;

/// <summary>
/// Where a bench run stores: LiteDB files in the scratch folder, or a scratch database the run creates on the given
/// PostgreSQL server and drops at the end. Each store has its own raw baseline: what its engine does with the same
/// rows with nothing of the bot in between.
/// </summary>
public sealed class BenchStore : IAsyncDisposable
{
    private readonly string? _server;
    private readonly string? _database;

    private BenchStore(string provider, string? server, string? database, string? connectionString)
    {
        Provider = provider;
        _server = server;
        _database = database;
        ConnectionString = connectionString;
    }

    public string Provider { get; }

    /// <summary>The scratch database (PostgreSQL only).</summary>
    public string? ConnectionString { get; }

    public bool IsPostgres => Provider == StorageChoice.Postgres;

    public string RawBaseline => IsPostgres ? "PostgreSQL binary COPY into a table like events" : "LiteDB InsertBulk";

    /// <summary>The settings a bot host of this run gets on top of its defaults.</summary>
    public Dictionary<string, string?> Settings() => IsPostgres
        ? new() { ["Storage:Provider"] = StorageChoice.Postgres, ["Storage:ConnectionString"] = ConnectionString, ["Pictures:Enabled"] = "false" }
        : new() { ["Pictures:Enabled"] = "false" }; // drawing is measured by CardPhase

    public static BenchStore LiteDb() => new(StorageChoice.LiteDb, null, null, null);

    /// <summary>Creates a fresh database on the server <paramref name="serverConnection"/> points at (its user needs CREATEDB).</summary>
    public static async Task<BenchStore> PostgresAsync(string serverConnection, CancellationToken ct)
    {
        var name = "communitybot_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        var scratch = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name }.ConnectionString;
        return new BenchStore(StorageChoice.Postgres, serverConnection, name, scratch);
    }

    /// <summary>Events per second of the raw baseline over the whole workload, in a store of its own that is gone afterwards.</summary>
    public async Task<double> MeasureRawAsync(BenchWorkload workload, string scratchFolder, TextWriter progress, CancellationToken ct)
    {
        var clock = new Stopwatch();
        long count;
        if (IsPostgres)
        {
            using var database = new PostgresDatabase(ConnectionString!);
            await RawEventCopy.LoadAsync(database, workload.Events().Take(2_000), BenchRunner.RawChunk, null, ct); // JIT and connection warm-up
            clock.Start();
            count = await RawEventCopy.LoadAsync(database, workload.Events(), BenchRunner.RawChunk,
                n => progress.WriteLine($"  raw {RawBaseline}: {n:N0} events ({n / clock.Elapsed.TotalSeconds:N0}/s)"), ct);
        }
        else
        {
            // A small throwaway load first, so neither measured phase pays for JIT compilation of LiteDB's insert path.
            RawEventLoader.Load(Path.Combine(scratchFolder, "warmup", "warmup.db"), workload.Events().Take(2_000), BenchRunner.RawChunk);
            var file = Path.Combine(scratchFolder, "raw", "raw.db");
            clock.Start();
            count = RawEventLoader.Load(file, workload.Events(), BenchRunner.RawChunk,
                n => progress.WriteLine($"  raw {RawBaseline}: {n:N0} events ({n / clock.Elapsed.TotalSeconds:N0}/s)"));
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
        var rate = count / clock.Elapsed.TotalSeconds;
        progress.WriteLine($"raw {RawBaseline}: {count:N0} events in {clock.Elapsed.TotalSeconds:0.0} s ({rate:N0}/s)");
        // The baseline's data (and its page cache) is gone: hand its memory back before the pipeline is measured.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return rate;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
