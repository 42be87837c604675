using CommunityBot.Core.Recommendations.Catalog;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Databases from before per-community catalogs hold one catalog shared by every community (course documents keyed
/// by the bare course id, community ""). On open, each community the database knows (by its events, settings or
/// audit entries, which include every admin who edited the catalog) gets its own copy, and the shared documents go.
/// Nothing is lost: a database that knows no community only held the bundled starter courses, which new
/// communities start from anyway. Running it again finds no shared document and changes nothing.
/// </summary>
internal static class SharedCatalogMigration
{
    private const string Shared = "";

    public static void Run(LiteDbContext db)
    {
        var shared = db.Courses.Find(Query.EQ("c", Shared)).ToList();
        if (shared.Count == 0)
        {
            return;
        }
        var courses = shared.Select(JsonDocuments.Unwrap<Course>).ToList();
        db.Database.BeginTrans();
        try
        {
            foreach (var community in KnownCommunities(db))
            {
                if (db.Catalogs.FindById(community) is not null)
                {
                    continue;
                }
                foreach (var course in courses)
                {
                    db.Courses.Upsert(CourseCatalogDocuments.Wrap(community, course));
                }
                db.Catalogs.Upsert(CourseCatalogDocuments.Started(community));
            }
            foreach (var doc in shared)
            {
                db.Courses.Delete(doc["_id"]);
            }
            db.Database.Commit();
        }
        catch
        {
            db.Database.Rollback();
            throw;
        }
    }

    private static SortedSet<string> KnownCommunities(LiteDbContext db)
    {
        var known = new SortedSet<string>(StringComparer.Ordinal);
        known.UnionWith(db.Communities.FindAll().Select(d => d["_id"].AsString));
        known.UnionWith(db.Settings.FindAll().Select(d => d["_id"].AsString));
        known.UnionWith(db.Audit.FindAll().Select(d => d["c"].AsString));
        known.Remove(Shared);
        return known;
    }
}
