using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Commands;

/// <summary>Answers queued commands and button presses one after another; one failure never stops the rest.</summary>
internal sealed partial class TelegramInteractionService(
    TelegramInteractions interactions,
    TelegramCommandHandler handler,
    ILogger<TelegramInteractionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in interactions.Reader.ReadAllAsync(stoppingToken))
            {
                await AnswerAsync(update, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task AnswerAsync(Update update, CancellationToken ct)
    {
        try
        {
            await (update switch
            {
                { Message: { } message } => handler.CommandAsync(message, ct),
                { CallbackQuery: { } query } => handler.PressAsync(query, ct),
                _ => Task.CompletedTask,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogFailed(logger, update.Id, ex);
        }
    }

    [LoggerMessage(LogLevel.Error, "Answering Telegram update {UpdateId} failed")]
    private static partial void LogFailed(ILogger logger, int updateId, Exception error);
}
