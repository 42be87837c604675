using CommunityBot.Telegram.Commands;
using CommunityBot.Telegram.Transport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace CommunityBot.Telegram;

/// <summary>
/// Checks the token with getMe before anything else runs (a rejected token stops start-up with a message saying
/// so), registers the command menus and sets or removes the webhook to match the configured mode.
/// </summary>
internal sealed partial class TelegramStartupService(
    TelegramConnection connection,
    TelegramBotIdentity identity,
    TelegramCommandMenu menu,
    TelegramRetry retry,
    CommunityBot.Core.Platform.AdapterHealth health,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var me = await retry.RunAsync(c => connection.Client.GetMe(c), cancellationToken);
            identity.Id = me.Id;
            identity.Username = me.Username ?? "";
            health.Connected(Translation.TelegramUpdateTranslator.Platform);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw new InvalidOperationException(
                $"Telegram rejected the bot token (getMe answered {ex.ErrorCode} {ex.Message}). Check COMMUNITYBOT__TELEGRAM__TOKEN "
                + "or Telegram:TokenFile: the token comes from BotFather and looks like 123456789:AA...", ex);
        }
        catch (RequestException ex) when (ex is not ApiRequestException)
        {
            throw new InvalidOperationException(
                $"Could not reach the Telegram Bot API at {ServerName()} ({ex.InnerException?.Message ?? ex.Message}).", ex);
        }
        LogConnected(logger, identity.Username, identity.Id, options.Value.Mode);
        try
        {
            await menu.RegisterAsync(cancellationToken);
            await ApplyModeAsync(cancellationToken);
        }
        catch (RequestException ex)
        {
            LogSetupFailed(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string ServerName() => options.Value.ApiBaseUrl.Length > 0 ? options.Value.ApiBaseUrl : "https://api.telegram.org";

    private async Task ApplyModeAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (settings.Mode == TelegramMode.Polling)
        {
            // getUpdates does not work while a webhook is set; pending updates stay queued.
            await retry.RunAsync(c => connection.Client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: c), ct);
        }
        else if (settings.WebhookUrl.Length > 0)
        {
            await retry.RunAsync(c => connection.Client.SetWebhook(settings.WebhookUrl,
                allowedUpdates: TelegramAllowedUpdates.Types, secretToken: settings.WebhookSecret, cancellationToken: c), ct);
        }
    }

    [LoggerMessage(LogLevel.Information, "Telegram bot @{Username} ({BotId}) connected, receiving by {Mode}")]
    private static partial void LogConnected(ILogger logger, string username, long botId, TelegramMode mode);

    [LoggerMessage(LogLevel.Warning, "Telegram command menus or webhook could not be set: {Problem}")]
    private static partial void LogSetupFailed(ILogger logger, string problem);
}
