namespace CommunityBot.Core.Recommendations.Catalog;

/// <summary>Imports courses from JSON or CSV text into a community's catalog: valid entries are saved (replacing same ids), bad ones reported.</summary>
public sealed class CourseImporter(ICourseCatalog catalog)
{
    public static CatalogReadResult Read(string text) =>
        text.TrimStart() is ['[' or '{', ..] ? CourseJsonReader.Read(text) : CourseCsvReader.Read(text);

    public async Task<CatalogReadResult> ImportAsync(string community, string text, CancellationToken ct)
    {
        var result = Read(text);
        foreach (var course in result.Courses)
        {
            await catalog.SaveAsync(community, course, ct);
        }
        return result;
    }
}
