using System.Globalization;
using CommunityBot.Core.Platform;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Commands;

/// <summary>
/// Answers queued commands and button presses one after another; one failure never stops the rest. Each update is
/// claimed first (<see cref="IWorkClaims"/>): Telegram re-sends an update it got no answer for, possibly to another
/// instance, whose events are then stored once but whose command would otherwise be answered twice.
/// </summary>
internal sealed partial class TelegramInteractionService(
    TelegramInteractions interactions,
    TelegramCommandHandler handler,
    IWorkClaims claims,
    TelegramBotIdentity bot,
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
            // Update ids are numbered per bot.
            if (!await claims.TryClaimAsync(string.Create(CultureInfo.InvariantCulture, $"telegram:{bot.Id}:{update.Id}"), ct))
            {
                LogAlreadyAnswered(logger, update.Id);
                return;
            }
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

    [LoggerMessage(LogLevel.Information, "Telegram update {UpdateId} was answered already (a re-sent copy); not answered again")]
    private static partial void LogAlreadyAnswered(ILogger logger, int updateId);

    [LoggerMessage(LogLevel.Error, "Answering Telegram update {UpdateId} failed")]
    private static partial void LogFailed(ILogger logger, int updateId, Exception error);
}
