using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;
using CommunityBot.Telegram.Transport;
using CommunityBot.Telegram.Replies;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using static CommunityBot.Telegram.Translation.TelegramUpdateTranslator;

namespace CommunityBot.Telegram.Commands;

/// <summary>
/// Hands commands and button presses to the dispatcher with the member's platform role and posts the answers. An
/// answer that is the member's own business (<see cref="Reply.Ephemeral"/>: profile, data, refusals) asked for in a
/// group goes to the member's private chat with the bot; Telegram allows that only once the member started the bot,
/// so otherwise the group gets a short note that names no data and links to the private chat.
/// </summary>
internal sealed class TelegramCommandHandler(CommandDispatcher dispatcher, TelegramRoles roles, TelegramChatPlatform chat, TelegramBotIdentity bot)
{
    private const int NoticeLimit = 200; // answerCallbackQuery text

    public async Task CommandAsync(Message message, CancellationToken ct)
    {
        if (message.From is not { } from || message.Text is not { } text)
        {
            return;
        }
        var role = await roles.RoleAsync(message.Chat, from, message.SenderChat, ct);
        var request = new CommandRequest(Platform, Id(message.Chat.Id), ChannelOf(message), Id(from.Id), NameOf(from), role, text)
        {
            IsDirectMessage = message.Chat.Type == ChatType.Private,
            RequestId = Id(message.Id),
        };
        var reply = await dispatcher.DispatchAsync(request, ct);
        if (reply.IsSilent)
        {
            return;
        }
        if (reply.Ephemeral && message.Chat.Type != ChatType.Private)
        {
            try
            {
                await chat.SendPrivateAsync(request.Community, request.User, FromGroup(reply, message.Chat), ct);
                return;
            }
            catch (PrivateMessageRefusedException)
            {
                reply = OpenPrivateChatFirst(from);
            }
        }
        var topic = message.IsTopicMessage ? message.MessageThreadId : null;
        await chat.SendToAsync(message.Chat.Id, topic, message.MessageId, reply, ct);
    }

    /// <summary>The private copy says which group it is about: a member may be in several the bot serves.</summary>
    private static Reply FromGroup(Reply reply, Chat group)
    {
        var where = group.Title ?? "the group";
        return reply with { Title = reply.Title is { Length: > 0 } title ? $"{title} · {where}" : where };
    }

    private Reply OpenPrivateChatFirst(User member) => new(
        $"{NameOf(member)}, that answer is for you alone, so I send it privately. Open a private chat with me, press Start, then ask again here.")
    {
        Buttons = bot.Username.Length > 0 ? [new ReplyButton("Open a private chat", "", $"https://t.me/{bot.Username}")] : [],
    };

    /// <summary>Runs the button's action and shows the answer in place of the message that carried the button.</summary>
    public async Task PressAsync(CallbackQuery query, CancellationToken ct)
    {
        if (query.Message is not { } message || query.Data is not { } action)
        {
            await chat.AnswerButtonAsync(query.Id, null, ct);
            return;
        }
        var role = await roles.RoleAsync(message.Chat, query.From, null, ct);
        var press = new ButtonPress(Platform, Id(message.Chat.Id), ChannelOf(message), Id(query.From.Id), NameOf(query.From),
            role, action);
        var reply = await dispatcher.PressAsync(press, ct);
        if (reply.IsSilent)
        {
            await chat.AnswerButtonAsync(query.Id, null, ct); // stops the button's spinner, says nothing
            return;
        }
        if (reply.IsError || (reply.Ephemeral && message.Chat.Type != ChatType.Private))
        {
            // The message is everyone's: an error (a member pressing a moderator's button) or an answer for the
            // presser alone (their feedback on a shared digest) is shown to the presser only, as a notice.
            await chat.AnswerButtonAsync(query.Id, Notice(reply.Text), ct);
            return;
        }
        await chat.EditAsync(message.Chat.Id, message.MessageId, reply, ct);
        await chat.AnswerButtonAsync(query.Id, null, ct);
    }

    private static string Notice(string text) => text.Length <= NoticeLimit ? text : text[..(NoticeLimit - 1)] + "…";
}
