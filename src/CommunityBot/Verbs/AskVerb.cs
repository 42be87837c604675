using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CommunityBot.Core.Commands;

namespace CommunityBot.Verbs;

/// <summary>communitybot ask COMMUNITY USER "/command args" [--role] [--json]: any chat command, from the shell.</summary>
public static class AskVerb
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static Command Create(GlobalOptions global)
    {
        var community = new Argument<string>("community") { Description = "Community id (e.g. demo)" };
        var user = new Argument<string>("user") { Description = "Member id to run the command as" };
        var line = new Argument<string>("command") { Description = "The command line, e.g. \"/leaderboard week\"" };
        var role = new Option<MemberRole>("--role") { Description = "Platform role of the caller", DefaultValueFactory = _ => MemberRole.Member };
        var json = new Option<bool>("--json") { Description = "Print {\"text\", \"data\", \"attachments\"} as JSON" };
        var files = new Option<DirectoryInfo>("--files")
        {
            Description = "Folder for the files a reply carries (pictures, exports); their paths are printed",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "communitybot-files")),
        };
        var command = new Command("ask", "Run a chat command as a member and print the reply") { community, user, line, role, json, files };
        command.SetAction((parse, ct) => ToolHost.RunAsync(global.Paths(parse), async (services, token) =>
        {
            var request = new CommandRequest("cli", parse.GetValue(community)!, "cli", parse.GetValue(user)!, parse.GetValue(user)!,
                parse.GetValue(role), parse.GetValue(line)!);
            var reply = await services.GetRequiredService<CommandDispatcher>().DispatchAsync(request, token);
            var paths = await WriteFilesAsync(reply, parse.GetValue(files)!, token);
            Console.WriteLine(parse.GetValue(json) ? ToJson(reply, paths) : string.Join('\n', [reply.PlainText, .. paths.Select(p => "file: " + p)]));
            return reply.IsError ? ExitCodes.CommandRefused : ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>Writes the reply's files into the folder, each under a name no earlier answer used, and returns their paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteFilesAsync(Reply reply, DirectoryInfo folder, CancellationToken ct)
    {
        if (reply.Files.Count == 0)
        {
            return [];
        }
        folder.Create();
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture);
        var paths = new List<string>(reply.Files.Count);
        foreach (var file in reply.Files)
        {
            var path = Path.Combine(folder.FullName, $"{stamp}-{paths.Count}-{Path.GetFileName(file.Name)}");
            await File.WriteAllBytesAsync(path, file.Content, ct);
            paths.Add(path);
        }
        return paths;
    }

    public static string ToJson(Reply reply, IReadOnlyList<string> attachments) => JsonSerializer.Serialize(new
    {
        text = reply.Text,
        data = reply.Data,
        attachments,
        buttons = reply.Buttons,
        error = reply.IsError,
    }, _json);
}
