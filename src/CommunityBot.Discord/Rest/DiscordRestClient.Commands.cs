using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>Replaces every application command (global, or of one guild when <paramref name="guildId"/> is set).</summary>
    public Task OverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken ct)
    {
        var path = guildId is null
            ? $"applications/{Uri.EscapeDataString(applicationId)}/commands"
            : $"applications/{Uri.EscapeDataString(applicationId)}/guilds/{Uri.EscapeDataString(guildId)}/commands";
        return SendAsync(HttpMethod.Put, path, JsonBody(commands, Json.IReadOnlyListApplicationCommand), ct);
    }
}
