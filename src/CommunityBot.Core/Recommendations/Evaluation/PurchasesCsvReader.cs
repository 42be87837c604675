using System.Globalization;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// A seller's purchases as an evaluation: a CSV with a header row and user,course,time[,tags] (time ISO 8601 or Unix
/// seconds, tags separated by '|'). Every purchase is a positive interaction; each course's tags are the union seen.
/// </summary>
public static class PurchasesCsvReader
{
    public static EvalDataset Read(TextReader csv)
    {
        var interactions = new List<Interaction>();
        var tags = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var line = 1;
        foreach (var row in Csv.Read(csv).Skip(1))
        {
            line++;
            var f = row.Fields;
            if (f.Count is 1 && f[0].Length == 0)
            {
                continue;
            }
            if (f.Count < 3 || f[0].Length == 0 || f[1].Length == 0 || ParseTime(f[2]) is not { } at)
            {
                throw new InvalidDataException($"line {line}: expected user,course,time[,tags] with an ISO 8601 or Unix-seconds time.");
            }
            interactions.Add(new Interaction(f[0], f[1], at));
            var courseTags = tags.TryGetValue(f[1], out var known) ? known : tags[f[1]] = new SortedSet<string>(StringComparer.Ordinal);
            if (f.Count > 3)
            {
                courseTags.UnionWith(f[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(t => t.ToLowerInvariant()));
            }
        }
        var courses = tags.Select(t => new Course { Id = t.Key, Title = t.Key, Url = "https://shop.invalid/" + t.Key, Tags = [.. t.Value] }).ToList();
        return new EvalDataset("purchases", courses, interactions);
    }

    private static DateTimeOffset? ParseTime(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds < 253_402_300_800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToUniversalTime() : null;
}
