namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>One course of the creator's catalog. The first tag is the primary tag used for diversity.</summary>
public sealed record Course
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Synonyms { get; init; } = [];
    public double? Price { get; init; }
    public string? Language { get; init; }
    /// <summary>Catalog rating, 0 to 5; missing means no prior opinion (quality prior 0.5).</summary>
    public double? Rating { get; init; }
    public string? Level { get; init; }

    public string PrimaryTag => Tags.Count > 0 ? Tags[0] : "";
}
