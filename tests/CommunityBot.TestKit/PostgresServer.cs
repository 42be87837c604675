using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CommunityBot.TestKit;

/// <summary>
/// A real PostgreSQL server for tests: the one `.ci/run` started (COMMUNITYBOT_TEST_POSTGRES, a connection string
/// to its postgres database), or else a private cluster this process starts under a temp folder on 127.0.0.1 with
/// Debian's binaries (installing the postgresql package when they are missing, as root) and stops when it exits.
/// initdb refuses to run as root, so as root the cluster runs as the postgres user.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "COMMUNITYBOT_TEST_POSTGRES";
    private static readonly Lazy<string> _admin = new(Start);

    /// <summary>A new, empty database of its own (UTF-8, C collation) and its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "cb_" + Guid.NewGuid().ToString("N")[..16];
        using (var connection = new NpgsqlConnection(_admin.Value))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(_admin.Value) { Database = name, Pooling = true }.ConnectionString;
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }
        var bin = FindBin() ?? (DebianPackages.Install("postgresql") ? FindBin() : null)
            ?? throw new InvalidOperationException("PostgreSQL is not installed and apt-get install postgresql failed; set " + Variable + " to a server.");
        var folder = Path.Combine(Path.GetTempPath(), "communitybot-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "-R", "postgres:postgres", folder);
        }
        var port = FreePort();
        RunAs(asRoot, Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "-N");
        RunAs(asRoot, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunAs(asRoot, Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "stop");
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static string? FindBin() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
        : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool asRoot, string program, params string[] args)
    {
        if (asRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        }
        else
        {
            Run(program, args);
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {errors}{output.Result}");
        }
    }
}
