using LiteDB;

namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// A consistent copy of the database the process has open, taken while it keeps running: one transaction takes every
/// collection's write lock (writers wait, readers do not), copies every document and index into a new file, and
/// rolls back, changing nothing. The locks are taken in the order the stores' own transactions take them (events
/// before communities, scores before score bases, profiles before models), so a backup never deadlocks a writer.
/// </summary>
public static class LiveBackup
{
    private static readonly string[] _lockOrder = ["events", "communities", "scores", "scorebases", "recprofiles", "recmodels"];
    private static readonly BsonValue _noSuchId = "\u0001backup-lock"; // deleting it changes nothing but takes the lock

    /// <summary>Writes the copy (LiteDB binds a transaction to its thread: call it on one thread, not across awaits).</summary>
    public static BackupSummary Write(LiteDbContext db, string backupFile)
    {
        var target = Path.GetFullPath(backupFile);
        if (File.Exists(target))
        {
            throw new IOException($"'{target}' already exists; choose a new file name.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        var source = db.Database;
        var names = source.GetCollectionNames().ToList();
        var ordered = _lockOrder.Where(names.Contains).Concat(names.Except(_lockOrder).Order(StringComparer.Ordinal)).ToList();
        var indexes = source.GetCollection("$indexes").FindAll().Where(i => i["name"].AsString != "_id").ToList();
        long documents = 0;
        var events = 0L;
        source.BeginTrans();
        try
        {
            foreach (var name in ordered)
            {
                source.GetCollection(name).Delete(_noSuchId);
            }
            using var copy = new LiteDatabase(new ConnectionString { Filename = partial, Connection = ConnectionType.Direct });
            foreach (var name in ordered)
            {
                var into = copy.GetCollection(name);
                foreach (var chunk in source.GetCollection(name).FindAll().Chunk(5_000))
                {
                    into.InsertBulk(chunk, chunk.Length);
                    documents += chunk.Length;
                    events += name == "events" ? chunk.Length : 0;
                }
            }
            foreach (var index in indexes)
            {
                copy.GetCollection(index["collection"].AsString)
                    .EnsureIndex(index["name"].AsString, BsonExpression.Create(index["expression"].AsString), index["unique"].AsBoolean);
            }
            copy.Checkpoint();
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        finally
        {
            source.Rollback();
        }
        File.Move(partial, target);
        return new BackupSummary(target, new FileInfo(target).Length, ordered.Count, documents, events);
    }
}

/// <summary>What a backup holds.</summary>
public sealed record BackupSummary(string File, long Bytes, int Collections, long Documents, long Events);
