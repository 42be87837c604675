using System.Globalization;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Rest;

internal sealed partial class DiscordRestClient
{
    public const int HistoryPageSize = 100;

    /// <summary>Up to 100 messages of a channel after a message id (Discord returns them newest first).</summary>
    public Task<IReadOnlyList<DiscordMessage>> GetMessagesAfterAsync(string channelId, string afterId, CancellationToken ct) =>
        SendAsync(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"channels/{Uri.EscapeDataString(channelId)}/messages?after={Uri.EscapeDataString(afterId)}&limit={HistoryPageSize}"),
            null, Json.IReadOnlyListDiscordMessage, ct);

    /// <summary>The first 100 members who reacted to a message with one emoji ("name:id" for custom emoji).</summary>
    public Task<IReadOnlyList<DiscordUser>> GetReactionsAsync(string channelId, string messageId, string emoji, CancellationToken ct) =>
        SendAsync(HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"channels/{Uri.EscapeDataString(channelId)}/messages/{Uri.EscapeDataString(messageId)}/reactions/{Uri.EscapeDataString(emoji)}?limit={HistoryPageSize}"),
            null, Json.IReadOnlyListDiscordUser, ct);
}
