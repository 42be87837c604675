using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;
using CommunityBot.Telegram.Transport;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CommunityBot.Telegram.Replies;

/// <summary>
/// Posts replies: HTML text split at 4,096 characters (the keyboard goes on the last piece), then each image
/// attachment as a photo upload. Every call waits out 429s instead of dropping the reply.
/// </summary>
internal sealed class TelegramChatPlatform(TelegramConnection connection, TelegramRetry retry) : IChatPlatform
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public string Platform => Translation.TelegramUpdateTranslator.Platform;

    /// <summary>Channel is a chat id, or "chatid/topicid" for a forum topic; an empty channel means the community's chat.</summary>
    public async Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct)
    {
        var parts = (to.Channel.Length > 0 ? to.Channel : to.Community).Split('/');
        var chatId = long.Parse(parts[0], CultureInfo.InvariantCulture);
        int? topic = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        var sent = await SendToAsync(chatId, topic, null, reply, ct);
        return Translation.TelegramUpdateTranslator.Id(sent);
    }

    /// <summary>
    /// The member's private chat with the bot (its id is the user id). Telegram answers 403 when the member never
    /// started the bot or blocked it, and 400 "chat not found" for an id it does not know.
    /// </summary>
    public async Task<string> SendPrivateAsync(string community, string user, Reply reply, CancellationToken ct)
    {
        if (!long.TryParse(user, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId) || chatId <= 0)
        {
            throw new PrivateMessageRefusedException($"'{user}' is not a Telegram user id: no private chat.");
        }
        try
        {
            return (await SendToAsync(chatId, null, null, reply, ct)).ToString(CultureInfo.InvariantCulture);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 403 or 400)
        {
            throw new PrivateMessageRefusedException($"Telegram refused a private message to user {user}: {ex.Message}", ex);
        }
    }

    /// <summary>Sends to a chat (or topic), optionally as a reply; returns the id of the last message sent.</summary>
    public async Task<int> SendToAsync(long chatId, int? topic, int? replyTo, Reply reply, CancellationToken ct)
    {
        var chunks = TelegramReplyRenderer.Render(reply);
        var answer = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        var last = 0;
        for (var i = 0; i < chunks.Count; i++)
        {
            var markup = i == chunks.Count - 1 ? TelegramReplyRenderer.Keyboard(reply) : null;
            var text = chunks[i];
            var message = await retry.RunAsync(c => connection.Client.SendMessage(chatId, text, ParseMode.Html,
                replyParameters: i == 0 ? answer : null, replyMarkup: markup, linkPreviewOptions: NoPreview,
                messageThreadId: topic, cancellationToken: c), ct);
            last = message.MessageId;
        }
        foreach (var file in reply.Files)
        {
            var sent = await retry.RunAsync(c =>
            {
                // A new stream per attempt: a retried upload must send the whole file again.
                var upload = InputFile.FromStream(new MemoryStream(file.Content, writable: false), file.Name);
                return file.IsImage
                    ? connection.Client.SendPhoto(chatId, upload, messageThreadId: topic, cancellationToken: c)
                    : connection.Client.SendDocument(chatId, upload, messageThreadId: topic, cancellationToken: c);
            }, ct);
            last = sent.MessageId;
        }
        return last;
    }

    /// <summary>Replaces a message's text and keyboard (paging, feedback buttons); a reply too long for one message is cut.</summary>
    public async Task EditAsync(long chatId, int messageId, Reply reply, CancellationToken ct)
    {
        var text = TelegramReplyRenderer.Render(reply)[0];
        try
        {
            await retry.RunAsync(c => connection.Client.EditMessageText(chatId, messageId, text, ParseMode.Html,
                replyMarkup: TelegramReplyRenderer.Keyboard(reply), linkPreviewOptions: NoPreview, cancellationToken: c), ct);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // Pressing the button of the page already shown changes nothing; Telegram reports that as an error.
        }
    }

    public Task AnswerButtonAsync(string queryId, string? notice, CancellationToken ct) =>
        retry.RunAsync(c => connection.Client.AnswerCallbackQuery(queryId, notice, showAlert: notice is not null,
            cancellationToken: c), ct);
}
