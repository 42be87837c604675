using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// The one connection pool to the database. Opening it brings the schema up to date: every migration not yet
/// applied runs in one transaction under an advisory lock, so two instances starting at once apply each exactly once.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    /// <summary>The advisory lock key of migrations ("CBOT" in ASCII).</summary>
    private const long MigrationLock = 0x43424F54;

    public PostgresDatabase(string connectionString)
    {
        DataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            Migrate();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var where = new NpgsqlConnectionStringBuilder(connectionString);
            DataSource.Dispose();
            throw new Core.Activity.StorageUnavailableException(
                $"PostgreSQL at {where.Host}:{where.Port} database '{where.Database}' cannot be used: {ex.Message}", ex);
        }
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The versions applied, in order (diagnostics and tests).</summary>
    public IReadOnlyList<int> AppliedVersions()
    {
        using var command = DataSource.CreateCommand("SELECT version FROM schema_migrations ORDER BY version");
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    public void Dispose() => DataSource.Dispose();

    private void Migrate()
    {
        using var connection = DataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        var applied = new HashSet<int>();
        using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection, transaction))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }
        foreach (var (version, sql) in Schema.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            Execute(connection, transaction, sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES ($1)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = version });
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
