using CommunityBot.Core.Platform;
using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Slots reserved in one statement on the database's clock, so instances on machines whose clocks differ still
/// take turns: the row holds the next free slot, and each reservation moves it one spacing further.
/// </summary>
internal sealed class PgRateSlots(PostgresDatabase database) : IRateSlots
{
    private const string Reserve = """
        INSERT INTO rate_slots AS s (bucket, next_at) VALUES ($1, clock_timestamp() + $2)
        ON CONFLICT (bucket) DO UPDATE SET next_at = greatest(s.next_at, clock_timestamp()) + $2
        RETURNING extract(epoch FROM (next_at - $2 - clock_timestamp()))::float8
        """;

    public async Task<TimeSpan> ReserveAsync(string bucket, TimeSpan spacing, CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand(Reserve);
        command.Parameters.Add(new NpgsqlParameter { Value = bucket });
        command.Parameters.Add(new NpgsqlParameter { Value = spacing });
        var seconds = (double)(await command.ExecuteScalarAsync(ct))!;
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
    }
}
