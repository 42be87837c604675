using System.Text.Json;

namespace CommunityBot.Demo;

/// <summary>The part of a catalog entry the sample community talks about.</summary>
public sealed record SampleCourse(string Id, IReadOnlyList<string> Keywords)
{
    public static IReadOnlyList<SampleCourse> Load(string catalogFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(catalogFile));
        return json.RootElement.EnumerateArray().Select(c => new SampleCourse(
            c.GetProperty("id").GetString()!,
            c.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)
                .Concat(c.TryGetProperty("synonyms", out var s) ? s.EnumerateArray().Select(t => t.GetString()!) : [])
                .ToList())).ToList();
    }
}
