using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// The docs table: each small port's records as JSON by kind, community and id (System.Text.Json round-trips Core's
/// records exactly). Ids of kinds that belong to no community use the empty community.
/// </summary>
internal sealed class Documents(PostgresDatabase db)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { IncludeFields = true };

    public NpgsqlDataSource DataSource => db.DataSource;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new InvalidDataException($"A stored document holds no {typeof(T).Name}.");

    public async Task<T?> GetAsync<T>(string kind, string community, string id, CancellationToken ct) where T : class
    {
        await using var command = db.DataSource.CreateCommand("SELECT body::text FROM docs WHERE kind = $1 AND community = $2 AND id = $3");
        Add(command, kind, community, id);
        return await command.ExecuteScalarAsync(ct) is string json ? Deserialize<T>(json) : null;
    }

    /// <summary>A document of a kind whose ids are unique across communities (click tokens).</summary>
    public async Task<T?> FindByIdAsync<T>(string kind, string id, CancellationToken ct) where T : class
    {
        await using var command = db.DataSource.CreateCommand("SELECT body::text FROM docs WHERE kind = $1 AND id = $2 LIMIT 1");
        Add(command, kind, id);
        return await command.ExecuteScalarAsync(ct) is string json ? Deserialize<T>(json) : null;
    }

    /// <summary>The kind's documents of the community in write order, optionally filtered by a condition on <c>body</c>.</summary>
    /// <remarks>An array meant as one parameter (<c>= ANY($3)</c>) must be passed as <c>(object)array</c>: a string[] would be taken as the params array itself.</remarks>
    public async Task<List<(string Id, T Body)>> ListAsync<T>(string kind, string community, CancellationToken ct, string where = "true", params object[] args)
    {
        await using var command = db.DataSource.CreateCommand(ListSql(where));
        Add(command, [kind, community, .. args]);
        return await ReadAsync<T>(command, ct);
    }

    /// <summary>The kind's documents of the community in write order, inside the caller's transaction.</summary>
    public static async Task<List<(string Id, T Body)>> ListAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, string community, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(ListSql("true"), connection, transaction);
        Add(command, kind, community);
        return await ReadAsync<T>(command, ct);
    }

    /// <summary>The kind's documents of the community in write order, each deserialized as it is read.</summary>
    public async IAsyncEnumerable<(string Id, T Body)> EachAsync<T>(string kind, string community, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = db.DataSource.CreateCommand(ListSql("true"));
        Add(command, kind, community);
        await foreach (var row in RowsAsync<T>(command, ct))
        {
            yield return row;
        }
    }

    private static string ListSql(string where) => $"SELECT id, body::text FROM docs WHERE kind = $1 AND community = $2 AND ({where}) ORDER BY seq";

    private static async Task<List<(string Id, T Body)>> ReadAsync<T>(NpgsqlCommand command, CancellationToken ct)
    {
        var found = new List<(string, T)>();
        await foreach (var row in RowsAsync<T>(command, ct))
        {
            found.Add(row);
        }
        return found;
    }

    /// <summary>Runs the command and hands out each row's document as it is read.</summary>
    private static async IAsyncEnumerable<(string Id, T Body)> RowsAsync<T>(NpgsqlCommand command, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return (reader.GetString(0), Deserialize<T>(reader.GetString(1)));
        }
    }

    public async Task<List<string>> CommunitiesAsync(string kind, CancellationToken ct)
    {
        await using var command = db.DataSource.CreateCommand("SELECT community FROM (SELECT DISTINCT community FROM docs WHERE kind = $1) d ORDER BY community COLLATE \"C\"");
        Add(command, kind);
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(reader.GetString(0));
        }
        return found;
    }

    public Task UpsertAsync<T>(string kind, string community, string id, T body, CancellationToken ct) =>
        UpsertManyAsync(kind, community, [(id, body)], ct);

    /// <summary>
    /// Rows per upsert statement: a rebuild writes every profile of a community, and one statement held all their JSON
    /// (tens of MB for 5,000 members) at once.
    /// </summary>
    public const int UpsertChunk = 500;

    /// <summary>Inserts or replaces the documents, in statements of <see cref="UpsertChunk"/> rows, all in one transaction (the caller's, if given).</summary>
    public async Task UpsertManyAsync<T>(string kind, string community, IReadOnlyCollection<(string Id, T Body)> rows, CancellationToken ct,
        NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (connection is null && rows.Count > UpsertChunk)
        {
            await using var own = await db.DataSource.OpenConnectionAsync(ct);
            await using var ownTransaction = await own.BeginTransactionAsync(ct);
            await UpsertManyAsync(kind, community, rows, ct, own, ownTransaction);
            await ownTransaction.CommitAsync(ct);
            return;
        }
        const string sql = """
            INSERT INTO docs (kind, community, id, body) SELECT $1, $2, id, body::jsonb FROM unnest($3::text[], $4::text[]) AS r(id, body)
            ON CONFLICT (kind, community, id) DO UPDATE SET body = excluded.body
            """;
        foreach (var chunk in rows.Chunk(UpsertChunk))
        {
            await using var command = connection is null ? db.DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection, transaction);
            Add(command, kind, community);
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => Serialize(r.Body)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Stores the document unless one with its id exists; true when it was stored.</summary>
    public async Task<bool> InsertIfAbsentAsync<T>(string kind, string community, string id, T body, CancellationToken ct)
    {
        await using var command = db.DataSource.CreateCommand(
            "INSERT INTO docs (kind, community, id, body) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (kind, community, id) DO NOTHING");
        Add(command, kind, community, id, Serialize(body));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Deletes one document, or with a null id all of the kind in the community; returns how many.</summary>
    public async Task<int> DeleteAsync(string kind, string community, string? id, CancellationToken ct,
        NpgsqlConnection? connection = null, NpgsqlTransaction? transaction = null)
    {
        var sql = id is null ? "DELETE FROM docs WHERE kind = $1 AND community = $2" : "DELETE FROM docs WHERE kind = $1 AND community = $2 AND id = $3";
        await using var command = connection is null ? db.DataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection, transaction);
        Add(command, id is null ? [kind, community] : [kind, community, id]);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static void Add(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
