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
        var command = new Command("ask", "Run a chat command as a member and print the reply") { community, user, line, role, json };
        command.SetAction((parse, ct) => ToolHost.RunAsync(global.Paths(parse), async (services, token) =>
        {
            var request = new CommandRequest("cli", parse.GetValue(community)!, "cli", parse.GetValue(user)!, parse.GetValue(user)!,
                parse.GetValue(role), parse.GetValue(line)!);
            var reply = await services.GetRequiredService<CommandDispatcher>().DispatchAsync(request, token);
            Console.WriteLine(parse.GetValue(json) ? ToJson(reply) : reply.PlainText);
            return reply.IsError ? ExitCodes.CommandRefused : ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static string ToJson(Reply reply) => JsonSerializer.Serialize(new
    {
        text = reply.Text,
        data = reply.Data,
        attachments = reply.Attachments,
        buttons = reply.Buttons,
        error = reply.IsError,
    }, _json);
}
