using CommunityBot.Core.Activity;
using Npgsql;
using NpgsqlTypes;

namespace CommunityBot.Storage.Postgres;

/// <summary>How an <see cref="ActivityEvent"/> maps to a row of the events table, written by binary COPY and read back by column.</summary>
internal static class EventRows
{
    public const string Columns = "key, community, platform, at, kind, member, member_name, is_bot, channel, message_id, reply_to, body, length, "
        + "mentions, attachments, thread_start, emoji, course, detail, value, nonce";

    /// <summary>The columns after the key, in <see cref="Read"/>'s order.</summary>
    public const string Selected = "community, platform, at, kind, member, member_name, is_bot, channel, message_id, reply_to, body, length, "
        + "mentions, attachments, thread_start, emoji, course, detail, value, nonce";

    public static async Task WriteAsync(NpgsqlBinaryImporter copy, ActivityEvent e, string key, CancellationToken ct)
    {
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(key, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.Community, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.Platform, NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.At.UtcTicks, NpgsqlDbType.Bigint, ct);
        await copy.WriteAsync((short)e.Kind, NpgsqlDbType.Smallint, ct);
        await copy.WriteAsync(e.User, NpgsqlDbType.Text, ct);
        await Nullable(copy, e.UserName, ct);
        await copy.WriteAsync(e.IsBot, NpgsqlDbType.Boolean, ct);
        await copy.WriteAsync(e.Channel, NpgsqlDbType.Text, ct);
        await Nullable(copy, e.MessageId, ct);
        await Nullable(copy, e.ReplyTo, ct);
        await Nullable(copy, e.Text, ct);
        await copy.WriteAsync(e.Length, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(e.Mentions as string[] ?? [.. e.Mentions], NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(e.Attachments, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(e.ThreadStart, NpgsqlDbType.Boolean, ct);
        await Nullable(copy, e.Emoji, ct);
        await Nullable(copy, e.Course, ct);
        await Nullable(copy, e.Detail, ct);
        await copy.WriteAsync(e.Value, NpgsqlDbType.Double, ct);
        await Nullable(copy, e.Nonce, ct);
    }

    /// <summary>
    /// Reads the <see cref="Selected"/> columns starting at <paramref name="first"/>; with <paramref name="shared"/>, the
    /// strings that repeat from row to row are one instance each.
    /// </summary>
    public static ActivityEvent Read(NpgsqlDataReader r, int first = 0, SharedStrings? shared = null) => new()
    {
        Community = SharedStrings.Share(shared, r.GetString(first)),
        Platform = SharedStrings.Share(shared, r.GetString(first + 1)),
        At = new DateTimeOffset(r.GetInt64(first + 2), TimeSpan.Zero),
        Kind = (EventKind)r.GetInt16(first + 3),
        User = SharedStrings.Share(shared, r.GetString(first + 4)),
        UserName = SharedStrings.Share(shared, Text(r, first + 5)),
        IsBot = r.GetBoolean(first + 6),
        Channel = SharedStrings.Share(shared, r.GetString(first + 7)),
        MessageId = Text(r, first + 8),
        ReplyTo = Text(r, first + 9),
        Text = Text(r, first + 10),
        Length = r.GetInt32(first + 11),
        Mentions = r.GetFieldValue<string[]>(first + 12) is { Length: > 0 } mentions ? mentions : [],
        Attachments = r.GetInt32(first + 13),
        ThreadStart = r.GetBoolean(first + 14),
        Emoji = SharedStrings.Share(shared, Text(r, first + 15)),
        Course = SharedStrings.Share(shared, Text(r, first + 16)),
        Detail = SharedStrings.Share(shared, Text(r, first + 17)),
        Value = r.GetDouble(first + 18),
        Nonce = Text(r, first + 19),
    };

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static Task Nullable(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);
}
