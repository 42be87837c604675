using CommunityBot.Core.Activity;
using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// The one LiteDatabase of the process. Opening fails loudly, naming the file, when it is locked or corrupt:
/// a silent reset would lose a community's history.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    public LiteDbContext(string databasePath)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        Database = Open(DatabasePath);
        EnsureIndexes();
        SharedCatalogMigration.Run(this);
    }

    public string DatabasePath { get; }

    public LiteDatabase Database { get; }

    public ILiteCollection<BsonDocument> Events => Database.GetCollection("events");

    /// <summary>Ids of the communities that have events (kept on append: listing them from events would scan them all).</summary>
    public ILiteCollection<BsonDocument> Communities => Database.GetCollection("communities");

    public ILiteCollection<BsonDocument> Scores => Database.GetCollection("scores");

    /// <summary>One <c>ScoreBasis</c> per community: what turns the stored member totals into scores.</summary>
    public ILiteCollection<BsonDocument> ScoreBases => Database.GetCollection("scorebases");

    /// <summary>One recommendation model per community (kNN neighbours, course counters, how far its events were observed).</summary>
    public ILiteCollection<BsonDocument> RecommendationModels => Database.GetCollection("recmodels");

    /// <summary>Members' recommendation profiles, keyed by <see cref="RecommendationDocuments.ProfileId"/>.</summary>
    public ILiteCollection<BsonDocument> RecommendationProfiles => Database.GetCollection("recprofiles");

    public ILiteCollection<BsonDocument> Snapshots => Database.GetCollection("snapshots");

    public ILiteCollection<BsonDocument> Settings => Database.GetCollection("settings");

    public ILiteCollection<BsonDocument> Audit => Database.GetCollection("audit");

    public ILiteCollection<BsonDocument> Privacy => Database.GetCollection("privacy");

    /// <summary>Each member's last known level (level-up announcements).</summary>
    public ILiteCollection<BsonDocument> MemberLevels => Database.GetCollection("levels");

    /// <summary>Members' nudge opt-ins and when they were last nudged.</summary>
    public ILiteCollection<BsonDocument> Nudges => Database.GetCollection("nudges");

    /// <summary>Each community's latest weekly challenge.</summary>
    public ILiteCollection<BsonDocument> Challenges => Database.GetCollection("challenges");

    /// <summary>Members waiting for their level roles to be brought in line.</summary>
    public ILiteCollection<BsonDocument> RoleSync => Database.GetCollection("role_sync");

    /// <summary>Every community's courses, keyed by <see cref="CourseCatalogDocuments.Id"/>.</summary>
    public ILiteCollection<BsonDocument> Courses => Database.GetCollection("courses");

    /// <summary>The communities whose catalog exists (started from the starter courses, or migrated).</summary>
    public ILiteCollection<BsonDocument> Catalogs => Database.GetCollection("catalogs");

    public void Dispose() => Database.Dispose();

    private static LiteDatabase Open(string path)
    {
        RefuseForeignFile(path);
        try
        {
            var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            db.CheckpointSize = 10_000; // fewer checkpoints while bulk loading; measured ~20 % faster (FACTS.md)
            _ = db.GetCollectionNames().ToList(); // touch the file so corruption surfaces here, not mid-run
            return db;
        }
        catch (IOException ex)
        {
            throw Locked(path, ex);
        }
        catch (LiteException ex)
        {
            throw new StorageUnavailableException(
                $"The database file '{path}' is corrupt or not a LiteDB file ({ex.Message}). Restore it from a backup or move it away; it was left untouched.", ex);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The database file '{path}' cannot be opened ({ex.Message}).", ex);
        }
    }

    /// <summary>
    /// LiteDB rewrites a file it cannot read as a database (a corrupt header was seen truncated to 16 KiB), so the
    /// header is checked before LiteDB ever opens the file.
    /// </summary>
    private static void RefuseForeignFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
        {
            return;
        }
        var header = new byte[64];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.ReadExactly(header, 0, (int)Math.Min(header.Length, info.Length));
        }
        catch (IOException ex)
        {
            throw Locked(path, ex);
        }
        if (info.Length < header.Length || System.Text.Encoding.ASCII.GetString(header, 32, _magic.Length) != _magic)
        {
            throw new StorageUnavailableException(
                $"The database file '{path}' is corrupt or not a LiteDB file (its header is not LiteDB's). Restore it from a backup or move it away; it was left untouched.");
        }
    }

    private static StorageUnavailableException Locked(string path, IOException ex) => new(
        $"The database file '{path}' is locked or unreadable ({ex.Message}). Is another communitybot process using this --data folder?", ex);

    private const string _magic = "** This is a LiteDB file **";

    private void EnsureIndexes()
    {
        DropEventsCommunityIndex();
        Events.EnsureIndex("t");
        Scores.EnsureIndex("c");
        Snapshots.EnsureIndex("c");
        Audit.EnsureIndex("c");
        Privacy.EnsureIndex("c");
        Nudges.EnsureIndex("c");
        Courses.EnsureIndex("c");
    }

    /// <summary>
    /// Events carry no index on their community any more (each insert paid for it: ingest ran a third faster
    /// without): a community's events are ranges of the primary key, and its count and platforms live in its
    /// document. Files from before get those recorded once, from the old index, which is then dropped.
    /// </summary>
    private void DropEventsCommunityIndex()
    {
        var indexes = Database.GetCollection("$indexes");
        if (!indexes.Find(Query.And(Query.EQ("collection", "events"), Query.EQ("name", "c"))).Any())
        {
            return;
        }
        foreach (var community in Communities.FindAll().ToList())
        {
            var id = community["_id"].AsString;
            var platforms = Events.Find(Query.EQ("c", id)).Select(d => d["p"].AsString).Distinct(StringComparer.Ordinal);
            community["n"] = (long)Events.Count(Query.EQ("c", id));
            community["pf"] = new BsonArray(platforms.Select(p => new BsonValue(p)));
            Communities.Update(community);
        }
        Events.DropIndex("c");
    }
}
