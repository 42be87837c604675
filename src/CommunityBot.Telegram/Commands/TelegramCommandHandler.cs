using CommunityBot.Core.Commands;
using CommunityBot.Telegram.Replies;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using static CommunityBot.Telegram.Translation.TelegramUpdateTranslator;

namespace CommunityBot.Telegram.Commands;

/// <summary>Hands commands and button presses to the dispatcher with the member's platform role and posts the answers.</summary>
internal sealed class TelegramCommandHandler(CommandDispatcher dispatcher, TelegramRoles roles, TelegramChatPlatform chat)
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
        };
        var reply = await dispatcher.DispatchAsync(request, ct);
        var topic = message.IsTopicMessage ? message.MessageThreadId : null;
        await chat.SendToAsync(message.Chat.Id, topic, message.MessageId, reply, ct);
    }

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
        if (reply.IsError)
        {
            // An error (say, a member pressing a moderator's button) must not replace what everyone else sees.
            await chat.AnswerButtonAsync(query.Id, Notice(reply.Text), ct);
            return;
        }
        await chat.EditAsync(message.Chat.Id, message.MessageId, reply, ct);
        await chat.AnswerButtonAsync(query.Id, null, ct);
    }

    private static string Notice(string text) => text.Length <= NoticeLimit ? text : text[..(NoticeLimit - 1)] + "…";
}
