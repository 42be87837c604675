using System.Text.Json;
using StjSerializer = System.Text.Json.JsonSerializer;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Small, rarely written records (settings, scores, snapshots) are stored as JSON inside a document with the
/// fields queries need: System.Text.Json round-trips Core's immutable records exactly, which LiteDB's mapper does not.
/// </summary>
internal static class JsonDocuments
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.General);

    public static BsonDocument Wrap<T>(BsonValue id, string community, T value) => new()
    {
        ["_id"] = id,
        ["c"] = community,
        ["j"] = StjSerializer.Serialize(value, _options),
    };

    public static T Unwrap<T>(BsonDocument doc) =>
        StjSerializer.Deserialize<T>(doc["j"].AsString, _options)
        ?? throw new InvalidDataException($"Document {doc["_id"]} holds no {typeof(T).Name}.");
}
