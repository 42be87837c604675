using System.Text.Json;

namespace CommunityBot.Core.Import;

/// <summary>Lenient typed reads of a JSON object's fields: a wrong type reads as absent rather than throwing.</summary>
internal readonly struct JsonFields(JsonElement root)
{
    public string? Str(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    public bool Bool(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public int Int(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;

    public double Double(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) ? d : 0;

    public IReadOnlyList<JsonElement> Array(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
        ? v.EnumerateArray().ToList()
        : [];

    public JsonElement? Object(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public IReadOnlyList<string> StrArray(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
        ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
        : [];
}
