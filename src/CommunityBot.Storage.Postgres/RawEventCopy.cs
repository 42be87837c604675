using CommunityBot.Core.Activity;
using Npgsql;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// The practical limit the PostgreSQL ingest pipeline is measured against: the same rows (same keys, same columns,
/// the events table's indexes) written by one binary COPY per chunk into a fresh table, no queue, no conflict check.
/// </summary>
public static class RawEventCopy
{
    public static async Task<long> LoadAsync(PostgresDatabase database, IEnumerable<ActivityEvent> events, int chunk, Action<long>? progress, CancellationToken ct)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        await RunAsync(connection, "DROP TABLE IF EXISTS raw_events; CREATE TABLE raw_events (LIKE events INCLUDING ALL)", ct);
        long total = 0;
        foreach (var batch in events.Chunk(chunk))
        {
            await using (var copy = await connection.BeginBinaryImportAsync($"COPY raw_events ({EventRows.Columns}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var e in batch)
                {
                    await EventRows.WriteAsync(copy, e, EventKey.For(e), ct);
                }
                await copy.CompleteAsync(ct);
            }
            total += batch.Length;
            progress?.Invoke(total);
        }
        await RunAsync(connection, "DROP TABLE raw_events", ct);
        return total;
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
