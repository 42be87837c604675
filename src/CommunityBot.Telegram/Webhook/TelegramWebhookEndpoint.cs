using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityBot.Telegram.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Webhook;

/// <summary>
/// Receives updates Telegram posts. 200 means "stored": it is answered only after the update's events are
/// stored, so Telegram re-sends anything the bot did not keep (a failure answers 500).
/// </summary>
internal sealed partial class TelegramWebhookEndpoint(
    TelegramUpdateRouter router,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookEndpoint> logger)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public string Path => options.Value.WebhookPath;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            LogWrongSecret(logger);
            return Results.Unauthorized();
        }
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            // Answering an error would make Telegram re-send the same unreadable update again and again.
            LogMalformed(logger, ex.Message);
            return Results.Ok();
        }
        if (update is not null)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            wait.CancelAfter(options.Value.WebhookStoreTimeout);
            try
            {
                await router.HandleAsync([update], wait.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                LogNotStoredYet(logger, update.Id);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }
        return Results.Ok();
    }

    private bool SecretMatches(string sent) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(options.Value.WebhookSecret));

    [LoggerMessage(LogLevel.Warning, "Refused a Telegram webhook call without the right secret token")]
    private static partial void LogWrongSecret(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Telegram update {UpdateId} was not stored in time; answered 503 so Telegram sends it again")]
    private static partial void LogNotStoredYet(ILogger logger, int updateId);

    [LoggerMessage(LogLevel.Warning, "Skipped a Telegram webhook update: it could not be read ({Problem})")]
    private static partial void LogMalformed(ILogger logger, string problem);
}
