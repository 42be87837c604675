using CommunityBot.Core.Recommendations.Catalog;
using CommunityBot.TestKit;
using LiteDB;

namespace CommunityBot.Storage.LiteDb.Tests;

public sealed class CourseCatalogStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly StarterCatalog Starter = new([Course("starter-a"), Course("starter-b")]);

    private static Course Course(string id, string tag = "x") => new() { Id = id, Title = "Title " + id, Url = "https://shop.example/" + id, Tags = [tag] };

    private static async Task<List<string>> IdsAsync(CourseCatalogStore catalog, string community) =>
        (await catalog.ListAsync(community, None)).Select(c => c.Id).ToList();

    [Fact]
    public async Task TwoCommunities_EachSeesOnlyItsOwnCourses()
    {
        using var folder = new TempFolder();
        using var db = new LiteDbContext(folder.File("c.db"));
        var catalog = new CourseCatalogStore(db, StarterCatalog.Empty);

        await catalog.SaveAsync("alice-school", Course("sql"), None);
        await catalog.SaveAsync("bob-academy", Course("sql", tag: "databases"), None);
        await catalog.SaveAsync("bob-academy", Course("go"), None);
        Assert.True(await catalog.RemoveAsync("alice-school", "sql", None));

        Assert.Empty(await IdsAsync(catalog, "alice-school"));
        Assert.Equal(["go", "sql"], await IdsAsync(catalog, "bob-academy"));
        Assert.Equal(["databases"], (await catalog.FindAsync("bob-academy", "sql", None))!.Tags);
        Assert.Null(await catalog.FindAsync("alice-school", "go", None));
        Assert.False(await catalog.RemoveAsync("alice-school", "go", None));
    }

    [Fact]
    public async Task Revision_ChangesOnlyForTheEditedCommunity()
    {
        using var folder = new TempFolder();
        using var db = new LiteDbContext(folder.File("c.db"));
        var catalog = new CourseCatalogStore(db, Starter);
        await catalog.ListAsync("a", None);
        await catalog.ListAsync("b", None);
        var (a, b) = (catalog.RevisionOf("a"), catalog.RevisionOf("b"));

        await catalog.SaveAsync("a", Course("new"), None);

        Assert.NotEqual(a, catalog.RevisionOf("a"));
        Assert.Equal(b, catalog.RevisionOf("b"));
    }

    [Fact]
    public async Task Starter_SeedsEachNewCommunityOnce_AndRemovedStarterCoursesStayRemovedAfterReopen()
    {
        using var folder = new TempFolder();
        var path = folder.File("c.db");
        using (var db = new LiteDbContext(path))
        {
            var catalog = new CourseCatalogStore(db, Starter);
            Assert.Equal(["starter-a", "starter-b"], await IdsAsync(catalog, "a"));
            await catalog.RemoveAsync("a", "starter-a", None);
            await catalog.RemoveAsync("a", "starter-b", None);
            Assert.Empty(await IdsAsync(catalog, "a"));
        }
        using (var db = new LiteDbContext(path))
        {
            var catalog = new CourseCatalogStore(db, Starter);
            Assert.Empty(await IdsAsync(catalog, "a"));
            Assert.Equal(["starter-a", "starter-b"], await IdsAsync(catalog, "b"));
        }
    }

    [Fact]
    public async Task Open_SharedCatalogFromBefore_CopiedIntoEveryKnownCommunityOnce()
    {
        using var folder = new TempFolder();
        var path = folder.File("c.db");
        using (var old = new LiteDatabase(path))
        {
            var courses = old.GetCollection("courses");
            foreach (var course in new[] { Course("edited-by-admin"), Course("bundled") })
            {
                courses.Insert(new BsonDocument { ["_id"] = course.Id, ["c"] = "", ["j"] = System.Text.Json.JsonSerializer.Serialize(course) });
            }
            old.GetCollection("communities").Insert(new BsonDocument { ["_id"] = "with-events", ["n"] = 3L, ["pf"] = new BsonArray() });
            old.GetCollection("settings").Insert(new BsonDocument { ["_id"] = "with-settings", ["c"] = "with-settings", ["j"] = "{}" });
            old.GetCollection("audit").Insert(new BsonDocument { ["_id"] = ObjectId.NewObjectId(), ["c"] = "admin-only", ["j"] = "{}" });
        }

        for (var open = 0; open < 2; open++)
        {
            using var db = new LiteDbContext(path);
            var catalog = new CourseCatalogStore(db, Starter);
            foreach (var community in new[] { "with-settings", "admin-only" })
            {
                Assert.Equal(["bundled", "edited-by-admin"], await IdsAsync(catalog, community));
            }
            Assert.Equal(open == 0 ? ["bundled", "edited-by-admin"] : ["edited-by-admin"], await IdsAsync(catalog, "with-events"));
            Assert.Equal(["starter-a", "starter-b"], await IdsAsync(catalog, "brand-new"));
            Assert.Empty(db.Courses.Find(Query.EQ("c", "")));
            if (open == 0)
            {
                await catalog.RemoveAsync("with-events", "bundled", None); // a second open must not bring it back
            }
        }
    }
}
