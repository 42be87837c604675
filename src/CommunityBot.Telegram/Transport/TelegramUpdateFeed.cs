using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Transport;

/// <summary>
/// getUpdates, read update by update. The library's GetUpdates reads the answer as one array, so a single update
/// it cannot read would fail the whole batch forever; here an unreadable update is logged, skipped and still
/// confirmed by the next offset, and the loop goes on.
/// </summary>
internal sealed partial class TelegramUpdateFeed(
    TelegramConnection connection,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateFeed> logger)
{
    public const int Limit = 100;

    public async Task<UpdateBatch> FetchAsync(int? offset, CancellationToken ct)
    {
        var request = new JsonObject
        {
            ["limit"] = Limit,
            ["timeout"] = options.Value.PollTimeoutSeconds,
            ["allowed_updates"] = new JsonArray([.. TelegramAllowedUpdates.WireNames.Select(n => JsonValue.Create(n))]),
        };
        if (offset is { } confirmed)
        {
            request["offset"] = confirmed; // absent, not null, on the first call: "the earliest unconfirmed update"
        }
        using var response = await connection.Http.PostAsJsonAsync(connection.MethodUri("getUpdates"), request, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        var root = document.RootElement;
        if (!root.TryGetProperty("ok", out var ok) || !ok.GetBoolean())
        {
            throw Failure(root, (int)response.StatusCode);
        }
        return Read(root.GetProperty("result"), offset);
    }

    private UpdateBatch Read(JsonElement result, int? offset)
    {
        var updates = new List<Update>();
        var next = offset;
        var received = 0;
        foreach (var element in result.EnumerateArray())
        {
            received++;
            int? id = element.TryGetProperty("update_id", out var raw) && raw.TryGetInt32(out var value) ? value : null;
            if (id is { } known)
            {
                next = Math.Max(next ?? 0, known + 1);
            }
            try
            {
                updates.Add(element.Deserialize<Update>(JsonBotAPI.Options)
                    ?? throw new JsonException("The update is null."));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogMalformed(logger, id, ex.Message);
            }
        }
        return new UpdateBatch(updates, next, received);
    }

    private static ApiRequestException Failure(JsonElement root, int status)
    {
        var code = root.TryGetProperty("error_code", out var c) && c.TryGetInt32(out var value) ? value : status;
        var description = root.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        var retryAfter = root.TryGetProperty("parameters", out var p) && p.TryGetProperty("retry_after", out var r)
            && r.TryGetInt32(out var seconds) ? seconds : (int?)null;
        return new ApiRequestException(description, code, new ResponseParameters { RetryAfter = retryAfter });
    }

    [LoggerMessage(LogLevel.Warning, "Skipped Telegram update {UpdateId}: it could not be read ({Problem})")]
    private static partial void LogMalformed(ILogger logger, int? updateId, string problem);
}
