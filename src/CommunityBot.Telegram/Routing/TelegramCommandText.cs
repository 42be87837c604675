using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CommunityBot.Telegram.Routing;

/// <summary>Recognises "/cmd args" and "/cmd@BotName args" by the bot_command entity Telegram puts at offset 0.</summary>
internal static class TelegramCommandText
{
    public static bool IsCommand(Message message) =>
        message.Text is { } text
        && message.Entities?.FirstOrDefault() is { Type: MessageEntityType.BotCommand, Offset: 0, Length: > 1 } entity
        && entity.Length <= text.Length;

    /// <summary>The command name (lower case, without "@BotName"), or null when it is addressed to another bot.</summary>
    public static string? NameFor(Message message, string botUsername)
    {
        var command = message.Text![1..message.Entities![0].Length];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return command.ToLowerInvariant();
        }
        return string.Equals(command[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase)
            ? command[..at].ToLowerInvariant()
            : null;
    }
}
