using CommunityBot.Core.Commands;
using CommunityBot.Telegram.Transport;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Commands;

/// <summary>
/// Projects the declared commands onto Telegram's menus: everyone (and private chats) sees the member commands,
/// chat administrators see all. Configured moderators have no scope of their own on Telegram; their commands
/// work when typed and the dispatcher checks the role either way.
/// </summary>
internal sealed class TelegramCommandMenu(CommandDispatcher dispatcher, TelegramConnection connection, TelegramRetry retry)
{
    private const int DescriptionLimit = 256;
    private const int MenuLimit = 100;

    public async Task RegisterAsync(CancellationToken ct)
    {
        var all = dispatcher.Specs;
        var members = Project(all.Where(s => s.Role == MemberRole.Member));
        await SetAsync(members, BotCommandScope.Default(), ct);
        await SetAsync(members, BotCommandScope.AllPrivateChats(), ct);
        await SetAsync(Project(all), BotCommandScope.AllChatAdministrators(), ct);
    }

    public static IReadOnlyList<BotCommand> Project(IEnumerable<CommandSpec> specs) =>
        [.. specs.Take(MenuLimit).Select(s => new BotCommand(s.Name, Describe(s.Description)))];

    private static string Describe(string description) =>
        description.Length == 0 ? "-" : description.Length <= DescriptionLimit ? description : description[..(DescriptionLimit - 1)] + "…";

    private Task SetAsync(IReadOnlyList<BotCommand> commands, BotCommandScope scope, CancellationToken ct) =>
        retry.RunAsync(c => connection.Client.SetMyCommands(commands, scope, cancellationToken: c), ct);
}
