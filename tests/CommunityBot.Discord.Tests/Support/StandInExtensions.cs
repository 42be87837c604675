using System.Text.Json.Nodes;
using CommunityBot.Discord.Tests.StandIn;

namespace CommunityBot.Discord.Tests.Support;

public static class StandInExtensions
{
    /// <summary>The accepted callback of one interaction (POST /interactions/{id}/{token}/callback).</summary>
    public static Task<RecordedRequest> CallbackAsync(this DiscordStandIn standIn, InteractionState interaction) =>
        standIn.Requests.WaitForAsync(r => r.Path.Contains($"/interactions/{interaction.Id}/", StringComparison.Ordinal) && r.Status < 300,
            $"the callback of interaction {interaction.Id}");

    public static JsonNode Embed(this RecordedRequest request, bool callback = true) =>
        (callback ? request.Body!["data"]! : request.Body!)["embeds"]![0]!;

    public static JsonArray Options(params (string Name, int Type, JsonNode Value)[] options) =>
        new(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value }).ToArray());
}
