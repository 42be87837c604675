using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    /// <summary>POST /interactions/{id}/{token}/callback: the first response, due within 3 seconds.</summary>
    public Task RespondAsync(
        string interactionId, string token, InteractionResponse response, IReadOnlyList<UploadFile> files, CancellationToken ct) =>
        SendAsync(HttpMethod.Post,
            $"interactions/{Uri.EscapeDataString(interactionId)}/{Uri.EscapeDataString(token)}/callback",
            Body(response, Json.InteractionResponse, files), ct);

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original: fills in a deferred response.</summary>
    public Task EditOriginalResponseAsync(
        string applicationId, string token, MessageCreate message, IReadOnlyList<UploadFile> files, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch,
            $"webhooks/{Uri.EscapeDataString(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original",
            Body(message, Json.MessageCreate, files), ct);
}
