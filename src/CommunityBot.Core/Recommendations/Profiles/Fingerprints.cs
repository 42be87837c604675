using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityBot.Core.Recommendations.Catalog;

namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// What a stored model was built with: the whole catalog (tags and synonyms shape the profiles; titles and ratings are
/// shown), the half-life and the kNN options. A different fingerprint means a rebuild; catalog edits are rare.
/// </summary>
internal static class Fingerprints
{
    public static string Of(IReadOnlyList<Course> courses, double halfLifeDays, RecommenderOptions options) =>
        Of(OfCatalog(courses), halfLifeDays, options);

    /// <summary>Combines a catalog's fingerprint (computed once per catalog revision) with the settings.</summary>
    public static string Of(string catalog, double halfLifeDays, RecommenderOptions options) =>
        string.Create(CultureInfo.InvariantCulture, $"{catalog};h={halfLifeDays:R};k={options.Neighbors};s={options.Shrinkage:R};m={options.PriorStrength:R}");

    public static string OfCatalog(IReadOnlyList<Course> courses) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(courses))));
}
