namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>A rejected catalog entry: where it is (entry number or CSV line), which field, and why.</summary>
public sealed record CatalogProblem(string Position, string Field, string Message)
{
    public override string ToString() => $"{Position}, field '{Field}': {Message}";
}
