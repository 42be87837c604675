using System.Security.Cryptography;
using System.Text;
using CommunityBot.Core.Platform;
using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// A lease is a session advisory lock on a connection of its own: PostgreSQL lets it go when the connection ends,
/// so an instance that dies hands the lease on without anyone having to notice.
/// </summary>
internal sealed class PgLeases(PostgresDatabase database) : ILeases
{
    public async Task<ILease?> TryAcquireAsync(string name, CancellationToken ct)
    {
        var connection = await database.DataSource.OpenConnectionAsync(ct);
        try
        {
            await using var take = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
            take.Parameters.Add(new NpgsqlParameter { Value = KeyOf(name) });
            if ((bool)(await take.ExecuteScalarAsync(ct))!)
            {
                return new Held(connection, KeyOf(name));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per name (advisory locks are numbered).</summary>
    private static long KeyOf(string name) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("communitybot-lease:" + name)), 0);

    private sealed class Held(NpgsqlConnection connection, long key) : ILease
    {
        public async Task<bool> IsHeldAsync(CancellationToken ct)
        {
            try
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(ct);
                return true;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                return false;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                // The connection goes back to the pool: the lock must not go with it.
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                release.Parameters.Add(new NpgsqlParameter { Value = key });
                await release.ExecuteScalarAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The connection is gone, and the lock with it.
            }
            await connection.DisposeAsync();
        }
    }
}
