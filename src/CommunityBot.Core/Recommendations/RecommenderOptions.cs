namespace CommunityBot.Core.Recommendations;

/// <summary>Tunables of the recommender and the digest (section "Recommendations").</summary>
public sealed class RecommenderOptions
{
    public const string Section = "Recommendations";

    /// <summary>m of the quality blend: how many impressions the catalog rating is worth.</summary>
    public double PriorStrength { get; set; } = 10;

    /// <summary>λ for members with course interactions (members without any use 1: content only).</summary>
    public double ContentWeight { get; set; } = 0.5;

    /// <summary>Neighbours kept per course by the item-kNN.</summary>
    public int Neighbors { get; set; } = 50;

    /// <summary>Shrinkage of item-kNN similarities: pairs seen together by few members count less.</summary>
    public double Shrinkage { get; set; } = 10;

    /// <summary>Picks shown by /recommend; the first three never share a primary tag.</summary>
    public int Picks { get; set; } = 3;

    /// <summary>Most members addressed by one digest.</summary>
    public int DigestMaxMembers { get; set; } = 10;

    /// <summary>Share of each digest kept for newer or less-engaged members and little-shown courses.</summary>
    public double FairShare { get; set; } = 0.2;

    /// <summary>The bundled catalog file, relative to the app's folder: the courses a new community's catalog starts with.</summary>
    public string CatalogPath { get; set; } = "config/courses.json";

    /// <summary>Whether a community's catalog starts from <see cref="CatalogPath"/> (true) or empty (false) the first time it is read.</summary>
    public bool StartFromBundledCatalog { get; set; } = true;
}
