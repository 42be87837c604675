using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Members;

/// <summary>/mydata: everything stored about the caller, as JSON.</summary>
public sealed class MyDataCommand(IActivityStore events, IScoreStore scores, IPrivacyStore privacy, ScoreFreshness freshness) : IBotCommand
{
    // Names, not numbers: a member reads "message" and "reactionAdded", not 0 and 1.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public CommandSpec Spec { get; } = new("mydata", "Export everything stored about you (JSON)", MemberRole.Member, []) { Private = true };

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        await freshness.EnsureAsync(call.Community, ct); // the score counts what was just stored
        var all = await events.ReadCommunityAsync(call.Community, null, ct);
        var export = new
        {
            community = call.Community,
            user = call.User,
            privacy = (await privacy.GetAsync(call.Community, call.User, ct)).ToString().ToLowerInvariant(),
            score = await scores.GetAsync(call.Community, call.User, ct),
            events = all.Where(e => e.User == call.User).ToList(),
        };
        var json = JsonSerializer.Serialize(export, _json);
        var text = json.Length <= 3500 ? json : json[..3500] + "\n… (" + export.events.Count + " events in total; the full export is in the reply data)";
        return new Reply(text) { Title = "Your data", Data = JsonSerializer.SerializeToElement(export, _json), Ephemeral = true };
    }
}
