using System.Runtime.CompilerServices;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Members;
using Npgsql;
using NpgsqlTypes;

namespace CommunityBot.Storage.Postgres;

/// <summary>
/// Events in one table keyed by <see cref="EventKey"/>: the database, not this process, decides what is new, so two
/// instances that receive the same event store it once. A batch is first tried as one binary COPY straight into the
/// table, in key order (so two instances copying overlapping batches wait on each other instead of deadlocking);
/// if any key is already there, the COPY rolls back to its savepoint and the batch goes by COPY into a temporary
/// table and one INSERT … ON CONFLICT DO NOTHING. The community counts change in the same transaction.
/// </summary>
internal sealed class PgEventStore(PostgresDatabase db, Documents docs) : IActivityStore
{
    private const string ImportPlatform = "import";

    public async Task<IReadOnlyList<bool>> AppendAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        var stored = new bool[events.Count];
        if (events.Count == 0)
        {
            return stored;
        }
        var erased = await ErasedMembersAsync(events, ct);
        var keys = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (erased.Count == 0 || !erased.Contains((events[i].Community, events[i].User)))
            {
                keys.TryAdd(EventKey.For(events[i]), i); // the first of a key in the batch is the one stored
            }
        }
        if (keys.Count == 0)
        {
            return stored;
        }
        var ordered = keys.OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        await using var connection = await db.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var counts = await CopyNewAsync(connection, transaction, events, ordered, ct)
            ?? await InsertWithoutDuplicatesAsync(connection, transaction, events, keys, ordered, ct);
        foreach (var index in counts.Stored)
        {
            stored[index] = true;
        }
        // In one order everywhere: two instances counting into the same communities must not lock them crosswise.
        foreach (var ((community, platform), count) in counts.PerCommunity.OrderBy(c => c.Key.Community, StringComparer.Ordinal).ThenBy(c => c.Key.Platform, StringComparer.Ordinal))
        {
            await using var update = new NpgsqlCommand("""
                INSERT INTO communities (community, events, platforms) VALUES ($1, $2, ARRAY[$3])
                ON CONFLICT (community) DO UPDATE SET events = communities.events + excluded.events,
                    platforms = CASE WHEN $3 = ANY(communities.platforms) THEN communities.platforms ELSE communities.platforms || $3 END
                """, connection, transaction);
            Documents.Add(update, community, count, platform);
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return stored;
    }

    private sealed class Counts
    {
        public List<int> Stored { get; } = [];

        public Dictionary<(string Community, string Platform), long> PerCommunity { get; } = [];

        public void Add(int index, ActivityEvent e)
        {
            Stored.Add(index);
            PerCommunity[(e.Community, e.Platform)] = PerCommunity.GetValueOrDefault((e.Community, e.Platform)) + 1;
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<ActivityEvent> events,
        List<KeyValuePair<string, int>> ordered, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({EventRows.Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (key, index) in ordered)
        {
            await EventRows.WriteAsync(copy, events[index], key, ct);
        }
        await copy.CompleteAsync(ct);
    }

    /// <summary>The fast path: every key is new (the usual case). Null, with nothing written, when one is not.</summary>
    private static async Task<Counts?> CopyNewAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<ActivityEvent> events, List<KeyValuePair<string, int>> ordered, CancellationToken ct)
    {
        await transaction.SaveAsync("direct", ct);
        try
        {
            await CopyAsync(connection, "events", events, ordered, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackAsync("direct", ct);
            return null;
        }
        var counts = new Counts();
        foreach (var (_, index) in ordered)
        {
            counts.Add(index, events[index]);
        }
        return counts;
    }

    /// <summary>Some keys are stored already (a re-delivery, another instance): the database keeps the first of each.</summary>
    private static async Task<Counts> InsertWithoutDuplicatesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<ActivityEvent> events, Dictionary<string, int> keys, List<KeyValuePair<string, int>> ordered, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, "CREATE TEMP TABLE IF NOT EXISTS incoming (LIKE events) ON COMMIT DELETE ROWS", ct);
        await CopyAsync(connection, "incoming", events, ordered, ct);
        var counts = new Counts();
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO events ({EventRows.Columns}) SELECT {EventRows.Columns} FROM incoming ORDER BY key ON CONFLICT (key) DO NOTHING RETURNING key", connection, transaction);
        await using var reader = await insert.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var index = keys[reader.GetString(0)];
            counts.Add(index, events[index]);
        }
        return counts;
    }

    public Task<IReadOnlyList<ActivityEvent>> ReadCommunityAsync(string community, DateTimeOffset? since, CancellationToken ct) =>
        since is { } from
            ? QueryAsync("community = $1 AND at >= $2", ct, community, from.UtcTicks)
            : QueryAsync("community = $1", ct, community);

    public IAsyncEnumerable<ActivityEvent> StreamCommunityAsync(string community, CancellationToken ct) =>
        EventOrder.BreakTiesAsync(StreamCommunityByTimeAsync(community, ct), ct);

    /// <summary>Held one at a time, so no strings are shared.</summary>
    private IAsyncEnumerable<ActivityEvent> StreamCommunityByTimeAsync(string community, CancellationToken ct) =>
        RowsAsync("community = $1 ORDER BY at", null, ct, community);

    public Task<IReadOnlyList<ActivityEvent>> ReadRecentAsync(string community, DateTimeOffset since, CancellationToken ct) =>
        QueryAsync("community = $1 AND at >= $2", ct, community, since.UtcTicks);

    public async Task<IReadOnlyList<ActivityEvent>> ReadAboutMessagesAsync(
        string community, IReadOnlyCollection<string> messageIds, IReadOnlyCollection<string> reactionsTo, CancellationToken ct)
    {
        if (messageIds.Count == 0 && reactionsTo.Count == 0)
        {
            return [];
        }
        return await QueryAsync(
            $"community = $1 AND ((kind IN ({(int)EventKind.Message}, {(int)EventKind.Delete}) AND message_id = ANY($2)) OR (kind = {(int)EventKind.ReactionAdded} AND message_id = ANY($3)))",
            ct, community, messageIds.ToArray(), reactionsTo.ToArray());
    }

    /// <summary>Streams every event by time on a connection of its own; ties within an instant are put in <see cref="EventOrder"/>.</summary>
    public IEnumerable<ActivityEvent> ReadAllInTimeOrder() => EventOrder.BreakTies(StreamAll());

    private IEnumerable<ActivityEvent> StreamAll()
    {
        using var connection = db.DataSource.OpenConnection();
        using var command = new NpgsqlCommand($"SELECT {EventRows.Selected} FROM events ORDER BY at", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return EventRows.Read(reader);
        }
    }

    public async Task<DateTimeOffset?> FirstEventAtAsync(string community, CancellationToken ct) =>
        await ScalarAsync("SELECT min(at) FROM events WHERE community = $1", ct, community) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public async Task<DateTimeOffset?> LastMessageAtAsync(string community, string platform, DateTimeOffset notBefore, CancellationToken ct) =>
        await ScalarAsync($"SELECT max(at) FROM events WHERE community = $1 AND platform = $2 AND kind = {(int)EventKind.Message} AND at >= $3",
            ct, community, platform, notBefore.UtcTicks) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>The first chat platform the community had events from; "import" only when it has nothing else.</summary>
    public async Task<string?> PlatformOfAsync(string community, CancellationToken ct)
    {
        var platforms = await ScalarAsync("SELECT platforms FROM communities WHERE community = $1", ct, community) as string[] ?? [];
        return platforms.FirstOrDefault(p => p != ImportPlatform) ?? platforms.FirstOrDefault();
    }

    public async Task<IReadOnlyList<string>> CommunitiesAsync(CancellationToken ct)
    {
        await using var command = db.DataSource.CreateCommand("SELECT community FROM communities ORDER BY community COLLATE \"C\"");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var communities = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            communities.Add(reader.GetString(0));
        }
        return communities;
    }

    public async Task<long> CountAsync(string community, CancellationToken ct) =>
        await ScalarAsync("SELECT events FROM communities WHERE community = $1", ct, community) is long count ? count : 0;

    public async Task<int> DeleteCommunityAsync(string community, CancellationToken ct)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM events WHERE community = $1", ct, community);
        await ExecuteAsync(connection, transaction, "DELETE FROM communities WHERE community = $1", ct, community);
        foreach (var kind in new[] { DocKinds.RecommendationProfile, DocKinds.RecommendationModel, DocKinds.Level })
        {
            await docs.DeleteAsync(kind, community, null, ct, connection, transaction);
        }
        await transaction.CommitAsync(ct);
        return deleted;
    }

    public async Task<int> DeleteMemberAsync(string community, string user, CancellationToken ct)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM events WHERE community = $1 AND member = $2", ct, community, user);
        await ExecuteAsync(connection, transaction, "UPDATE communities SET events = events - $2 WHERE community = $1", ct, community, (long)deleted);
        await MemberErasure.EraseDerivedAsync(docs, connection, transaction, community, user, ct);
        await transaction.CommitAsync(ct);
        return deleted;
    }

    public async Task<int> PurgeTextBeforeAsync(string community, DateTimeOffset cutoff, CancellationToken ct)
    {
        await using var command = db.DataSource.CreateCommand("UPDATE events SET body = NULL WHERE community = $1 AND at < $2 AND body IS NOT NULL");
        Documents.Add(command, community, cutoff.UtcTicks);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<IReadOnlyList<ActivityEvent>> QueryAsync(string where, CancellationToken ct, params object[] args)
    {
        var found = new List<ActivityEvent>();
        // A list of a community's whole history (a single-community recompute, a rebuild that could not stream) is held at once.
        await foreach (var e in RowsAsync(where, new SharedStrings(), ct, args))
        {
            found.Add(e);
        }
        found.Sort(EventOrder.Instance);
        return found;
    }

    private async IAsyncEnumerable<ActivityEvent> RowsAsync(string where, SharedStrings? shared, [EnumeratorCancellation] CancellationToken ct, params object[] args)
    {
        await using var command = db.DataSource.CreateCommand($"SELECT {EventRows.Selected} FROM events WHERE {where}");
        Documents.Add(command, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return EventRows.Read(reader, shared: shared);
        }
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params object[] args)
    {
        await using var command = db.DataSource.CreateCommand(sql);
        Documents.Add(command, args);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    internal static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object[] args)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Documents.Add(command, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<HashSet<(string, string)>> ErasedMembersAsync(IReadOnlyList<ActivityEvent> events, CancellationToken ct)
    {
        var communities = events.Select(e => e.Community).Distinct(StringComparer.Ordinal).ToArray();
        await using var command = db.DataSource.CreateCommand(
            "SELECT community, id FROM docs WHERE kind = $1 AND community = ANY($2) AND (body->>'Choice')::int = $3");
        command.Parameters.Add(new NpgsqlParameter { Value = DocKinds.Privacy });
        command.Parameters.Add(new NpgsqlParameter { Value = communities, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (int)PrivacyChoice.Deleted });
        var erased = new HashSet<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            erased.Add((reader.GetString(0), reader.GetString(1)));
        }
        return erased;
    }
}
