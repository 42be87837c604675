using System.Globalization;
using System.Text.Json;

namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>
/// Reads a JSON array of courses entry by entry, so one bad entry is reported with its position and field
/// while the others load (a typed deserializer would reject the whole file).
/// </summary>
public static class CourseJsonReader
{
    public static CatalogReadResult Read(string json)
    {
        var builder = new CatalogBuilder();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            builder.Reject($"line {(ex.LineNumber ?? 0) + 1}", "(file)", "is not valid JSON");
            return builder.Build();
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("courses", out var inner))
            {
                root = inner;
            }
            if (root.ValueKind != JsonValueKind.Array)
            {
                builder.Reject("top level", "(file)", "must be an array of courses");
                return builder.Build();
            }
            var index = 0;
            foreach (var entry in root.EnumerateArray())
            {
                index++;
                ReadEntry(builder, $"entry {index.ToString(CultureInfo.InvariantCulture)}", entry);
            }
        }
        return builder.Build();
    }

    private static void ReadEntry(CatalogBuilder builder, string position, JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            builder.Reject(position, "(entry)", "must be an object");
            return;
        }
        try
        {
            builder.Add(position, new Course
            {
                Id = Text(entry, "id") ?? "",
                Title = Text(entry, "title") ?? "",
                Url = Text(entry, "url") ?? "",
                Tags = List(entry, "tags"),
                Synonyms = List(entry, "synonyms"),
                Price = Number(entry, "price"),
                Language = Text(entry, "language"),
                Rating = Number(entry, "rating"),
                Level = Text(entry, "level"),
            });
        }
        catch (FieldException ex)
        {
            builder.Reject(position, ex.Field, ex.Message);
        }
    }

    private static JsonElement? Field(JsonElement entry, string name)
    {
        foreach (var property in entry.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind != JsonValueKind.Null)
            {
                return property.Value;
            }
        }
        return null;
    }

    private static string? Text(JsonElement entry, string name) => Field(entry, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString()!.Trim(),
        _ => throw new FieldException(name, "must be a string"),
    };

    private static double? Number(JsonElement entry, string name) => Field(entry, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value => value.GetDouble(),
        { ValueKind: JsonValueKind.String } value when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new FieldException(name, "must be a number"),
    };

    private static IReadOnlyList<string> List(JsonElement entry, string name) => Field(entry, name) switch
    {
        null => [],
        { ValueKind: JsonValueKind.String } value => CatalogBuilder.SplitList(value.GetString()!),
        { ValueKind: JsonValueKind.Array } value when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            value.EnumerateArray().Select(v => v.GetString()!.Trim()).Where(v => v.Length > 0).ToList(),
        _ => throw new FieldException(name, "must be a list of strings"),
    };

    private sealed class FieldException(string field, string message) : Exception(message)
    {
        public string Field { get; } = field;
    }
}
