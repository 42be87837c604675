using System.Text.Json.Nodes;

namespace CommunityBot.Telegram.Tests.StandIn;

public sealed partial class BotApiStandIn
{
    private const int TextLimit = 4096;

    /// <summary>Users who never opened a private chat with the bot: Telegram refuses to message them (403).</summary>
    public HashSet<long> NeverStarted { get; } = [];

    private Task<JsonNode?> ResultOfAsync(ApiCall call, CancellationToken aborted) => call.Method switch
    {
        "getMe" => Task.FromResult<JsonNode?>(BotUser()),
        "getUpdates" => GetUpdatesAsync(call, aborted),
        "sendMessage" when NeverStarted.Contains(call.Long("chat_id") ?? 0) =>
            throw new ApiFailureException(new ApiFailure(403, "Forbidden: bot can't initiate conversation with a user")),
        "sendMessage" => Task.FromResult<JsonNode?>(SentMessage(call, Visible(call, "text"))),
        "editMessageText" => Task.FromResult<JsonNode?>(EditedMessage(call)),
        "sendPhoto" => Task.FromResult<JsonNode?>(SentPhoto(call)),
        "sendDocument" when NeverStarted.Contains(call.Long("chat_id") ?? 0) =>
            throw new ApiFailureException(new ApiFailure(403, "Forbidden: bot can't initiate conversation with a user")),
        "sendDocument" => Task.FromResult<JsonNode?>(SentDocument(call)),
        "getChatAdministrators" => Task.FromResult<JsonNode?>(Administrators(call)),
        "answerCallbackQuery" or "setMyCommands" or "deleteWebhook" or "setWebhook" => Task.FromResult<JsonNode?>(true),
        _ => throw new ApiFailureException(new ApiFailure(404, "Not Found")),
    };

    private static JsonObject BotUser() => new()
    {
        ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Community Bot", ["username"] = BotUsername,
        ["can_join_groups"] = true, ["can_read_all_group_messages"] = true, ["supports_inline_queries"] = false,
    };

    /// <summary>The visible text after parse_mode HTML, checked as Telegram does (entities, length).</summary>
    private static string Visible(ApiCall call, string field)
    {
        var text = call.Text(field) ?? throw ApiFailureException.BadRequest("message text is empty");
        if (string.Equals(call.Text("parse_mode"), "HTML", StringComparison.OrdinalIgnoreCase))
        {
            text = TelegramHtmlChecker.VisibleText(text, out var error) ?? throw ApiFailureException.BadRequest(error!.ToLowerInvariant());
        }
        if (text.Trim().Length == 0)
        {
            throw ApiFailureException.BadRequest("message text is empty");
        }
        return text.Length <= TextLimit ? text : throw ApiFailureException.BadRequest("message is too long");
    }

    private JsonObject SentMessage(ApiCall call, string text)
    {
        var message = NewMessage(call, Interlocked.Increment(ref _nextMessageId));
        message["text"] = text;
        return message;
    }

    private static JsonObject EditedMessage(ApiCall call)
    {
        var text = Visible(call, "text");
        var id = call.Long("message_id") ?? throw ApiFailureException.BadRequest("message to edit not found");
        var message = NewMessage(call, id);
        message["text"] = text;
        message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return message;
    }

    private JsonObject SentPhoto(ApiCall call)
    {
        if (!call.Files.TryGetValue("photo", out var bytes) || bytes.Length == 0)
        {
            throw ApiFailureException.BadRequest("there is no photo in the request");
        }
        var message = NewMessage(call, Interlocked.Increment(ref _nextMessageId));
        message["photo"] = new JsonArray(new JsonObject
        {
            ["file_id"] = "AgAC" + message["message_id"], ["file_unique_id"] = "u" + message["message_id"],
            ["width"] = 320, ["height"] = 200, ["file_size"] = bytes.Length,
        });
        return message;
    }

    private JsonObject SentDocument(ApiCall call)
    {
        if (!call.Files.TryGetValue("document", out var bytes) || bytes.Length == 0)
        {
            throw ApiFailureException.BadRequest("there is no document in the request");
        }
        var message = NewMessage(call, Interlocked.Increment(ref _nextMessageId));
        message["document"] = new JsonObject
        {
            ["file_id"] = "BQAC" + message["message_id"], ["file_unique_id"] = "d" + message["message_id"], ["file_size"] = bytes.Length,
        };
        return message;
    }

    private static JsonObject NewMessage(ApiCall call, long id)
    {
        var chatId = call.Long("chat_id") ?? throw ApiFailureException.BadRequest("chat not found");
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["from"] = BotUser(),
            ["chat"] = chatId > 0
                ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Member" }
                : new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = "Course community" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        if (call.Long("message_thread_id") is { } topic)
        {
            message["message_thread_id"] = topic;
            message["is_topic_message"] = true;
        }
        return message;
    }
}
