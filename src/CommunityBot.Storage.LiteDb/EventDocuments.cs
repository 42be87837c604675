using CommunityBot.Core.Activity;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Hand-written BSON mapping of events: short field names keep a million documents small, and skipping the
/// reflection mapper keeps bulk loading fast. LiteDB keeps milliseconds only, so times are truncated on write.
/// </summary>
internal static class EventDocuments
{
    public static BsonDocument ToDocument(ActivityEvent e, string key)
    {
        var doc = new BsonDocument
        {
            ["_id"] = key,
            ["k"] = (int)e.Kind,
            ["p"] = e.Platform,
            ["c"] = e.Community,
            ["u"] = e.User,
            ["t"] = new DateTime(e.At.UtcTicks - (e.At.UtcTicks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
        };
        Put(doc, "ch", e.Channel.Length > 0 ? e.Channel : null);
        Put(doc, "un", e.UserName);
        if (e.IsBot) { doc["b"] = true; }
        Put(doc, "m", e.MessageId);
        Put(doc, "rt", e.ReplyTo);
        Put(doc, "tx", e.Text);
        if (e.Length > 0) { doc["len"] = e.Length; }
        if (e.Mentions.Count > 0) { doc["mn"] = new BsonArray(e.Mentions.Select(m => new BsonValue(m))); }
        if (e.Attachments > 0) { doc["at"] = e.Attachments; }
        if (e.ThreadStart) { doc["th"] = true; }
        Put(doc, "em", e.Emoji);
        Put(doc, "co", e.Course);
        Put(doc, "d", e.Detail);
        if (e.Value != 0) { doc["v"] = e.Value; }
        Put(doc, "n", e.Nonce);
        return doc;
    }

    public static ActivityEvent FromDocument(BsonDocument doc) => FromDocument(doc, null);

    /// <summary>One document as an event; with <paramref name="shared"/>, the strings that repeat from event to event are one instance each.</summary>
    public static ActivityEvent FromDocument(BsonDocument doc, SharedStrings? shared) => new()
    {
        Kind = (EventKind)doc["k"].AsInt32,
        Platform = SharedStrings.Share(shared, doc["p"].AsString),
        Community = SharedStrings.Share(shared, doc["c"].AsString),
        Channel = SharedStrings.Share(shared, Str(doc, "ch") ?? ""),
        User = SharedStrings.Share(shared, doc["u"].AsString),
        UserName = SharedStrings.Share(shared, Str(doc, "un")),
        IsBot = doc.TryGetValue("b", out var b) && b.AsBoolean,
        At = new DateTimeOffset(DateTime.SpecifyKind(doc["t"].AsDateTime.ToUniversalTime(), DateTimeKind.Utc)),
        MessageId = Str(doc, "m"),
        ReplyTo = Str(doc, "rt"),
        Text = Str(doc, "tx"),
        Length = doc.TryGetValue("len", out var len) ? len.AsInt32 : 0,
        Mentions = doc.TryGetValue("mn", out var mn) ? mn.AsArray.Select(v => v.AsString).ToList() : [],
        Attachments = doc.TryGetValue("at", out var at) ? at.AsInt32 : 0,
        ThreadStart = doc.TryGetValue("th", out var th) && th.AsBoolean,
        Emoji = SharedStrings.Share(shared, Str(doc, "em")),
        Course = SharedStrings.Share(shared, Str(doc, "co")),
        Detail = SharedStrings.Share(shared, Str(doc, "d")),
        Value = doc.TryGetValue("v", out var v) ? v.AsDouble : 0,
        Nonce = Str(doc, "n"),
    };

    private static void Put(BsonDocument doc, string field, string? value)
    {
        if (value is not null)
        {
            doc[field] = value;
        }
    }

    private static string? Str(BsonDocument doc, string field) =>
        doc.TryGetValue(field, out var value) && value.IsString ? value.AsString : null;
}
