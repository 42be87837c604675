using System.CommandLine;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Verbs;

/// <summary>communitybot backup FILE | restore FILE: copies of the whole database (stop the bot first).</summary>
public static class BackupVerbs
{
    public static Command Backup(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (must not exist)" };
        var command = new Command("backup", "Copy the database to FILE (stop the bot first)") { file };
        command.SetAction(parse => Guard(() =>
        {
            var paths = global.Paths(parse);
            var target = Path.GetFullPath(parse.GetValue(file)!);
            if (File.Exists(target))
            {
                Console.Error.WriteLine($"error: '{target}' already exists; choose a new file name.");
                return ExitCodes.Usage;
            }
            var bytes = DatabaseBackup.Backup(paths.DatabaseFile, target);
            Console.WriteLine($"Backed up {paths.DatabaseFile} to {target} ({bytes:N0} bytes)");
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Restore(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "A backup made by `communitybot backup`" };
        var command = new Command("restore", "Replace the database with a backup (the current one is kept beside it)") { file };
        command.SetAction(parse => Guard(() =>
        {
            var paths = global.Paths(parse);
            Directory.CreateDirectory(paths.DataFolder);
            var kept = DatabaseBackup.Restore(Path.GetFullPath(parse.GetValue(file)!), paths.DatabaseFile, DateTimeOffset.UtcNow);
            Console.WriteLine($"Restored {paths.DatabaseFile}" + (kept is null ? "" : $"; the previous database is kept as {kept}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StorageUnavailableException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Storage;
        }
        catch (FileNotFoundException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return ExitCodes.Usage;
        }
    }
}
