using CommunityBot.Core.Recommendations;
using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.Hosting;
using CommunityBot.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CommunityBot.Tests.Recommendations;

public sealed class CatalogSeedServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static CatalogSeedService Seeder(StoreFixture store, string file) => new(
        store.Get<ICourseCatalog>(), Options.Create(new RecommenderOptions { CatalogPath = file }), NullLogger<CatalogSeedService>.Instance);

    [Fact]
    public async Task Start_EmptyStore_SeedsValidCoursesAndSkipsBadOnes()
    {
        using var folder = new TempFolder();
        var file = folder.File("courses.json");
        await File.WriteAllTextAsync(file, """
            [ { "id": "a", "title": "A", "url": "https://x.example/a", "tags": ["x"] },
              { "id": "b", "title": "B", "url": "not-a-url", "tags": ["x"] } ]
            """);
        await using var store = new StoreFixture(Now);

        await Seeder(store, file).StartAsync(CancellationToken.None);

        Assert.Equal(["a"], (await store.Get<ICourseCatalog>().ListAsync(CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public async Task Start_StoreAlreadyHasCourses_LeavesAdminEditsAlone()
    {
        using var folder = new TempFolder();
        var file = folder.File("courses.json");
        await File.WriteAllTextAsync(file, """[ { "id": "a", "title": "A", "url": "https://x.example/a", "tags": ["x"] } ]""");
        await using var store = new StoreFixture(Now);
        var catalog = store.Get<ICourseCatalog>();
        await catalog.SaveAsync(new Course { Id = "edited", Title = "E", Url = "https://x.example/e", Tags = ["e"] }, CancellationToken.None);

        await Seeder(store, file).StartAsync(CancellationToken.None);

        Assert.Equal(["edited"], (await catalog.ListAsync(CancellationToken.None)).Select(c => c.Id));
    }

    [Fact]
    public void BundledCatalog_ShipsNextToTheExecutable() =>
        Assert.Empty(CourseJsonReader.Read(File.ReadAllText(BotPaths.CatalogFile)).Problems);
}
