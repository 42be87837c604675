using System.Globalization;

namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>
/// Reads courses from CSV with a header row naming the columns (id, title, url, tags, synonyms, price,
/// language, rating, level; any order). List cells separate values with '|' or ';'. Positions are line numbers.
/// </summary>
public static class CourseCsvReader
{
    private static readonly string[] RequiredColumns = ["id", "title", "url", "tags"];

    public static CatalogReadResult Read(string csv)
    {
        var builder = new CatalogBuilder();
        Dictionary<string, int>? columns = null;
        foreach (var (line, fields) in Csv.Read(new StringReader(csv)))
        {
            var position = $"line {line.ToString(CultureInfo.InvariantCulture)}";
            if (columns is null)
            {
                columns = fields.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i))
                    .GroupBy(x => x.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
                foreach (var required in RequiredColumns.Where(r => !columns.ContainsKey(r)))
                {
                    builder.Reject(position, required, "column is missing from the header");
                }
                if (builder.Build().Problems.Count > 0)
                {
                    return builder.Build();
                }
                continue;
            }
            ReadRow(builder, position, columns, fields);
        }
        return builder.Build();
    }

    private static void ReadRow(CatalogBuilder builder, string position, Dictionary<string, int> columns, IReadOnlyList<string> fields)
    {
        string? Cell(string name) =>
            columns.TryGetValue(name, out var i) && i < fields.Count && fields[i].Trim() is { Length: > 0 } value ? value : null;

        double? price = null;
        double? rating = null;
        foreach (var (name, assign) in new (string, Action<double>)[] { ("price", v => price = v), ("rating", v => rating = v) })
        {
            if (Cell(name) is not { } raw)
            {
                continue;
            }
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                builder.Reject(position, name, $"'{raw}' is not a number");
                return;
            }
            assign(value);
        }
        builder.Add(position, new Course
        {
            Id = Cell("id") ?? "",
            Title = Cell("title") ?? "",
            Url = Cell("url") ?? "",
            Tags = CatalogBuilder.SplitList(Cell("tags") ?? ""),
            Synonyms = CatalogBuilder.SplitList(Cell("synonyms") ?? ""),
            Price = price,
            Language = Cell("language"),
            Rating = rating,
            Level = Cell("level"),
        });
    }
}
