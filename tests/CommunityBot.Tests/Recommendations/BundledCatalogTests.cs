using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Hosting;
using CommunityBot.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommunityBot.Tests.Recommendations;

public sealed class BundledCatalogTests
{
    [Fact]
    public async Task Load_KeepsValidCoursesAndSkipsBadOnes()
    {
        using var folder = new TempFolder();
        var file = folder.File("courses.json");
        await File.WriteAllTextAsync(file, """
            [ { "id": "a", "title": "A", "url": "https://x.example/a", "tags": ["x"] },
              { "id": "b", "title": "B", "url": "not-a-url", "tags": ["x"] } ]
            """);

        var starter = BundledCatalog.Load(new RecommenderOptions { CatalogPath = file }, NullLogger.Instance);

        Assert.Equal(["a"], starter.Courses.Select(c => c.Id));
    }

    [Fact]
    public void Load_StartFromBundledCatalogOff_NewCommunitiesStartEmpty() =>
        Assert.Empty(BundledCatalog.Load(new RecommenderOptions { StartFromBundledCatalog = false }, NullLogger.Instance).Courses);

    [Fact]
    public void Load_MissingFile_Empty() =>
        Assert.Empty(BundledCatalog.Load(new RecommenderOptions { CatalogPath = "/nonexistent/courses.json" }, NullLogger.Instance).Courses);

    [Fact]
    public void BundledCatalog_ShipsNextToTheExecutable() =>
        Assert.Empty(CourseJsonReader.Read(File.ReadAllText(BotPaths.CatalogFile)).Problems);
}
