using CommunityBot.Core.Activity;
using System.CommandLine;
using CommunityBot.Control;
using CommunityBot.Storage.LiteDb;

namespace CommunityBot.Verbs;

/// <summary>
/// communitybot backup FILE | restore FILE: copies of the whole database. A backup asks the bot running on the data
/// folder for a consistent copy (through control.json) and copies the file itself when no bot runs; a restore needs
/// the bot stopped.
/// </summary>
public static class BackupVerbs
{
    public static Command Backup(GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (must not exist)" };
        var command = new Command("backup", "Copy the database to FILE (also while the bot runs)") { file };
        command.SetAction(async (parse, ct) =>
        {
            var paths = global.Paths(parse);
            var target = Path.GetFullPath(parse.GetValue(file)!);
            if (File.Exists(target))
            {
                await Console.Error.WriteLineAsync($"error: '{target}' already exists; choose a new file name.");
                return ExitCodes.Usage;
            }
            if (await ControlClient.BackupAsync(paths.DataFolder, target, ct) is { } answer)
            {
                return await ReportLiveAsync(answer);
            }
            return Guard(() =>
            {
                var bytes = DatabaseBackup.Backup(paths.DatabaseFile, target);
                Console.WriteLine($"Backed up {paths.DatabaseFile} to {target} ({bytes:N0} bytes)");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static async Task<int> ReportLiveAsync(ControlClient.Answer answer)
    {
        if (answer.Summary is { } made)
        {
            Console.WriteLine($"Backed up the running bot's database to {made.File} "
                + $"({made.Events:N0} events, {made.Documents:N0} documents in {made.Collections} collections, {made.Bytes:N0} bytes)");
            return ExitCodes.Ok;
        }
        await Console.Error.WriteLineAsync("error: the running bot could not make the backup: " + answer.Problem);
        return answer.Status == 409 ? ExitCodes.Usage : ExitCodes.Failed;
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
