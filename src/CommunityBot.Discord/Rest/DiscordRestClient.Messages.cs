using CommunityBot.Discord.Rest.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public Task<CreatedMessage> CreateMessageAsync(
        string channelId, MessageCreate message, IReadOnlyList<UploadFile> files, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"channels/{Uri.EscapeDataString(channelId)}/messages",
            Body(message, Json.MessageCreate, files), Json.CreatedMessage, ct);
}
