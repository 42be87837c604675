using CommunityBot.Core.Ingest;
using CommunityBot.Telegram.Commands;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using static CommunityBot.Telegram.Translation.TelegramUpdateTranslator;

namespace CommunityBot.Telegram.Routing;

/// <summary>
/// Routes each update by kind, stores the resulting events of a whole batch, and only then hands commands and
/// button presses on. Callers acknowledge Telegram (next offset, webhook 200) after <see cref="HandleAsync"/> returns.
/// </summary>
internal sealed partial class TelegramUpdateRouter(
    IIngestQueue ingest,
    TelegramInteractions interactions,
    TelegramBotIdentity bot,
    TimeProvider clock,
    ILogger<TelegramUpdateRouter> logger)
{
    public async Task HandleAsync(IReadOnlyList<Update> updates, CancellationToken ct)
    {
        var routed = new List<RoutedUpdate>(updates.Count);
        foreach (var update in updates)
        {
            try
            {
                routed.Add(Route(update));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A payload the library could read but that lacks what the Bot API promises (say, a message without chat).
                LogUnroutable(logger, update.Id, ex);
            }
        }
        await ingest.StoreAsync([.. routed.SelectMany(r => r.Events)], ct);
        foreach (var interaction in routed.Select(r => r.Interaction).OfType<Update>())
        {
            await interactions.EnqueueAsync(interaction, ct);
        }
    }

    public RoutedUpdate Route(Update update) => update switch
    {
        { Message: { } message } => OnMessage(update, message),
        { EditedMessage: { } edited } when TelegramCommandText.IsCommand(edited) => RoutedUpdate.Ignored,
        { EditedMessage: { } edited } => new(Edited(edited)),
        { MessageReaction: { } reaction } => new(Reaction(reaction)),
        { MessageReactionCount: { } counts } => new(ReactionCount(counts)),
        { ChatMember: { } member } => new(Member(member)),
        { CallbackQuery: { } query } => OnCallback(update, query),
        _ => RoutedUpdate.Ignored,
    };

    private RoutedUpdate OnMessage(Update update, Message message)
    {
        if (TelegramCommandText.IsCommand(message))
        {
            // A command for another bot in the same group is neither ours to answer nor member chat.
            return TelegramCommandText.NameFor(message, bot.Username) is { } name
                ? new(Command(message, name), update)
                : RoutedUpdate.Ignored;
        }
        return new(Message(message));
    }

    private RoutedUpdate OnCallback(Update update, CallbackQuery query) =>
        new(Callback(query, clock.GetUtcNow()), query.Data is null ? null : update);

    [LoggerMessage(LogLevel.Warning, "Skipped Telegram update {UpdateId}: it could not be translated")]
    private static partial void LogUnroutable(ILogger logger, int updateId, Exception error);
}
