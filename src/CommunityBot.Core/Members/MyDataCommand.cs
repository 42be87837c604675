using System.Text.Json;
using CommunityBot.Core.Activity;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Engagement;

namespace CommunityBot.Core.Members;

/// <summary>/mydata: everything stored about the caller, as a JSON file sent to them alone, with a summary in the text.</summary>
public sealed class MyDataCommand(
    IActivityStore events, IScoreStore scores, IPrivacyStore privacy, ScoreFreshness freshness, Identity.IdentityDirectory identities) : IBotCommand
{
    // Names, not numbers: a member reads "message" and "reactionAdded", not 0 and 1.
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public CommandSpec Spec { get; } = new("mydata", "Export everything stored about you (JSON)", MemberRole.Member, []) { Private = true };

    /// <summary>A file name of letters, digits and dashes only, whatever the platform ids hold.</summary>
    public static string FileName(string community, string user) =>
        $"mydata-{Slug(community)}-{Slug(user)}.json";

    private static string Slug(string id)
    {
        var slug = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').Take(40).ToArray()).Trim('-');
        return slug.Length > 0 ? slug : "x";
    }

    public async Task<Reply> ExecuteAsync(CommandInvocation call, CancellationToken ct)
    {
        await freshness.EnsureAsync(call.Community, ct); // the score counts what was just stored
        var all = await events.ReadCommunityAsync(call.Community, null, ct);
        var accounts = identities.AccountsOf(call.Community, call.User).ToHashSet(StringComparer.Ordinal); // with accounts linked to it
        var export = new
        {
            community = call.Community,
            user = call.User,
            privacy = (await privacy.GetAsync(call.Community, call.User, ct)).ToString().ToLowerInvariant(),
            score = await scores.GetAsync(call.Community, call.User, ct),
            events = all.Where(e => accounts.Contains(e.User)).ToList(),
        };
        var file = new ReplyFile(FileName(call.Community, call.User), JsonSerializer.SerializeToUtf8Bytes(export, _json));
        var kinds = export.events.GroupBy(e => e.Kind).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)} {JsonNamingPolicy.CamelCase.ConvertName(g.Key.ToString())}");
        var text = $"Everything stored about you here is in the attached file {file.Name}: "
            + (export.events.Count == 0 ? "no events" : $"{export.events.Count} events ({string.Join(", ", kinds)})")
            + $", your score and your privacy setting ({export.privacy}).";
        return new Reply(text) { Title = "Your data", Data = JsonSerializer.SerializeToElement(export, _json), Files = [file], Ephemeral = true };
    }
}
