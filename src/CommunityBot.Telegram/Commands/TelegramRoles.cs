using System.Collections.Concurrent;
using CommunityBot.Core.Commands;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Commands;

/// <summary>
/// The platform role of a member: the chat's creator and administrators are admins (getChatAdministrators,
/// cached for a few minutes), configured user ids are moderators. In private chats everyone is a member,
/// so only a member's own commands work there.
/// </summary>
internal sealed partial class TelegramRoles(
    TelegramConnection connection,
    TelegramRetry retry,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramRoles> logger)
{
    private readonly ConcurrentDictionary<long, (DateTimeOffset Until, HashSet<long> Admins)> _admins = new();

    public async Task<MemberRole> RoleAsync(Chat chat, User user, Chat? senderChat, CancellationToken ct)
    {
        if (!Translation.TelegramUpdateTranslator.IsCommunity(chat))
        {
            return MemberRole.Member;
        }
        if (senderChat?.Id == chat.Id)
        {
            return MemberRole.Admin; // an anonymous administrator writes as the group itself
        }
        var admins = await AdminsAsync(chat.Id, ct);
        if (admins.Contains(user.Id))
        {
            return MemberRole.Admin;
        }
        return options.Value.Moderators.Contains(Translation.TelegramUpdateTranslator.Id(user.Id))
            ? MemberRole.Moderator
            : MemberRole.Member;
    }

    private async Task<HashSet<long>> AdminsAsync(long chatId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_admins.TryGetValue(chatId, out var cached) && cached.Until > now)
        {
            return cached.Admins;
        }
        try
        {
            var members = await retry.RunAsync(c => connection.Client.GetChatAdministrators(chatId, cancellationToken: c), ct);
            var admins = members.Select(m => m.User.Id).ToHashSet();
            _admins[chatId] = (now.AddMinutes(options.Value.AdminCacheMinutes), admins);
            return admins;
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            // Failing closed: without the list nobody is treated as an admin until it can be read again.
            LogAdminsUnavailable(logger, chatId, ex.Message);
            return [];
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not read the administrators of Telegram chat {ChatId}: {Problem}")]
    private static partial void LogAdminsUnavailable(ILogger logger, long chatId, string problem);
}
