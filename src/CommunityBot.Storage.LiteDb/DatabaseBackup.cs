namespace CommunityBot.Storage.LiteDb;

/// <summary>
/// Whole-file backup and restore of the LiteDB database. The database is opened once first so its log is
/// checkpointed into the data file; a restore keeps the replaced file beside it instead of deleting it.
/// </summary>
public static class DatabaseBackup
{
    public static long Backup(string databaseFile, string backupFile)
    {
        if (!File.Exists(databaseFile))
        {
            throw new FileNotFoundException($"There is no database at '{databaseFile}' to back up.", databaseFile);
        }
        using (var db = new LiteDbContext(databaseFile))
        {
            db.Database.Checkpoint();
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(backupFile))!);
        File.Copy(databaseFile, backupFile, overwrite: false);
        return new FileInfo(backupFile).Length;
    }

    /// <summary>Restores <paramref name="backupFile"/>; returns where the previous database was kept, if there was one.</summary>
    public static string? Restore(string backupFile, string databaseFile, DateTimeOffset now)
    {
        if (!File.Exists(backupFile))
        {
            throw new FileNotFoundException($"There is no backup at '{backupFile}'.", backupFile);
        }
        using (new LiteDbContext(backupFile))
        {
            // Opening validates the header and checkpoints the backup before it becomes the live database.
        }
        string? kept = null;
        if (File.Exists(databaseFile))
        {
            using (new LiteDbContext(databaseFile))
            {
                // Fails with a clear message when the bot is running on this database.
            }
            kept = $"{databaseFile}.before-restore-{now:yyyyMMddHHmmss}";
            File.Move(databaseFile, kept);
        }
        File.Copy(backupFile, databaseFile);
        return kept;
    }
}
