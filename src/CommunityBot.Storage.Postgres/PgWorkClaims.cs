using CommunityBot.Core.Platform;
using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Claims as rows keyed by what is answered: the primary key lets one instance insert it, whichever asks first. The
/// same statement drops claims older than <see cref="IWorkClaims.Kept"/> (an index range that is nearly always empty).
/// </summary>
internal sealed class PgWorkClaims(PostgresDatabase database) : IWorkClaims
{
    private const string Claim = """
        WITH expired AS (DELETE FROM work_claims WHERE claimed_at < clock_timestamp() - $2)
        INSERT INTO work_claims (key) VALUES ($1) ON CONFLICT (key) DO NOTHING
        """;

    public async Task<bool> TryClaimAsync(string key, CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand(Claim);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = IWorkClaims.Kept });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }
}
