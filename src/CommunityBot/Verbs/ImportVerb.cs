using System.CommandLine;
using CommunityBot.Import;

namespace CommunityBot.Verbs;

/// <summary>communitybot import FILE|DIR [--format jsonl|discord-export|telegram-export|courses] [--community ID]</summary>
public static class ImportVerb
{
    public static Command Create(GlobalOptions global)
    {
        var path = new Argument<string>("path") { Description = "A file, or a folder of them (*.jsonl, or *.json for exports)" };
        var format = new Option<string>("--format")
        {
            Description = "jsonl (the neutral event format), discord-export (DiscordChatExporter JSON), telegram-export (Telegram Desktop result.json) or courses (a JSON or CSV course catalog)",
            DefaultValueFactory = _ => ImportFormat.Jsonl,
        };
        format.AcceptOnlyFromAmong([.. ImportFormat.All, CourseFileImport.Format]);
        var community = new Option<string?>("--community") { Description = "Store every event under this community id (courses: the community whose catalog receives them)" };
        var command = new Command("import", "Import events (the neutral JSONL format) into the database") { path, format, community };
        command.SetAction((parse, ct) => ToolHost.RunAsync(global.Paths(parse), async (services, token) =>
        {
            if (parse.GetValue(format) == CourseFileImport.Format)
            {
                return await CourseFileImport.RunAsync(services, parse.GetValue(path)!, parse.GetValue(community), Console.Out, token);
            }
            var summary = await services.GetRequiredService<EventImporter>()
                .ImportAsync(parse.GetValue(path)!, parse.GetValue(format)!, parse.GetValue(community), Console.Error, token);
            Print(summary, Console.Out);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static void Print(ImportSummary s, TextWriter output)
    {
        output.WriteLine($"Imported in {s.Elapsed.TotalSeconds:0.0} s: {s.Read:N0} lines read, {s.Stored:N0} stored, {s.Duplicates:N0} duplicates skipped, {s.RejectedCount:N0} rejected");
        foreach (var (note, count) in s.Skipped)
        {
            output.WriteLine($"  skipped {count:N0} × {note}");
        }
        foreach (var r in s.Rejected)
        {
            output.WriteLine($"  rejected {r.File} {r.Unit} {r.Line}: {r.Reason}");
        }
        if (s.RejectedCount > s.Rejected.Count)
        {
            output.WriteLine($"  … and {s.RejectedCount - s.Rejected.Count:N0} more rejected lines");
        }
    }
}
