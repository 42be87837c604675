using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CommunityBot.Telegram.Tests.Fixtures;

/// <summary>Update JSON shaped as the Bot API documentation shows it (snake_case, Unix-second dates).</summary>
public static class TelegramUpdates
{
    public const long GroupId = -1001234567890;
    public const long AliceId = 111111111;
    public const long BobId = 222222222;
    public const long AdminId = 333333333;
    public const long Date = 1_795_000_000; // 2026-11-18T...Z

    public static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!;

    public static string User(long id, string first, bool bot = false, string? username = null) =>
        $$$"""{"id":{{{id}}},"is_bot":{{{(bot ? "true" : "false")}}},"first_name":{{{JsonSerializer.Serialize(first)}}}{{{(username is null ? "" : $",\"username\":\"{username}\"")}}},"language_code":"en"}""";

    public static string Group(long id = GroupId, bool forum = false) =>
        $$$"""{"id":{{{id}}},"title":"Course community","type":"supergroup"{{{(forum ? ",\"is_forum\":true" : "")}}}}""";

    public static string Private(long userId) => $$$"""{"id":{{{userId}}},"first_name":"Alice","type":"private"}""";

    public static string Text(int updateId, int messageId, string text, long from = AliceId, string fromName = "Alice",
        string? chat = null, string extra = "", bool bot = false, long? date = null) =>
        $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{messageId}}},"from":{{{User(from, fromName, bot)}}},
         "chat":{{{chat ?? Group()}}},"date":{{{date ?? Date + messageId}}},"text":{{{JsonSerializer.Serialize(text)}}}{{{extra}}}}}
        """;

    public static string Command(int updateId, int messageId, string text, long from = AliceId, string fromName = "Alice",
        string? chat = null) =>
        Text(updateId, messageId, text, from, fromName, chat,
            $$$""","entities":[{"offset":0,"length":{{{text.Split(' ')[0].Length}}},"type":"bot_command"}]""");

    public static string Edited(int updateId, int messageId, string text, long editDate) =>
        $$$"""
        {"update_id":{{{updateId}}},"edited_message":{"message_id":{{{messageId}}},"from":{{{User(AliceId, "Alice")}}},
         "chat":{{{Group()}}},"date":{{{Date + messageId}}},"edit_date":{{{editDate}}},"text":{{{JsonSerializer.Serialize(text)}}}}}
        """;

    public static string Reaction(int updateId, int messageId, string oldEmoji, string newEmoji, long user = BobId, long? date = null) =>
        $$$"""
        {"update_id":{{{updateId}}},"message_reaction":{"chat":{{{Group()}}},"message_id":{{{messageId}}},
         "user":{{{User(user, "Bob")}}},"date":{{{date ?? Date + 500}}},
         "old_reaction":[{{{Emojis(oldEmoji)}}}],"new_reaction":[{{{Emojis(newEmoji)}}}]}}
        """;

    public static string ReactionCount(int updateId, int messageId) =>
        $$$"""
        {"update_id":{{{updateId}}},"message_reaction_count":{"chat":{{{Group()}}},"message_id":{{{messageId}}},"date":{{{Date + 600}}},
         "reactions":[{"type":{"type":"emoji","emoji":"👍"},"total_count":5},{"type":{"type":"emoji","emoji":"🔥"},"total_count":2}]}}
        """;

    public static string ChatMember(int updateId, long user, string oldStatus, string newStatus) =>
        $$$"""
        {"update_id":{{{updateId}}},"chat_member":{"chat":{{{Group()}}},"from":{{{User(user, "Carol")}}},"date":{{{Date + 700}}},
         "old_chat_member":{"status":"{{{oldStatus}}}","user":{{{User(user, "Carol")}}}},
         "new_chat_member":{"status":"{{{newStatus}}}","user":{{{User(user, "Carol")}}}}} }
        """;

    public static string NewMembers(int updateId, int messageId, params long[] users) =>
        $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{messageId}}},"from":{{{User(users[0], "Dan")}}},"chat":{{{Group()}}},
         "date":{{{Date + messageId}}},"new_chat_members":[{{{string.Join(',', users.Select(u => User(u, "Dan")))}}}]}}
        """;

    public static string LeftMember(int updateId, int messageId, long user) =>
        $$$"""
        {"update_id":{{{updateId}}},"message":{"message_id":{{{messageId}}},"from":{{{User(user, "Eve")}}},"chat":{{{Group()}}},
         "date":{{{Date + messageId}}},"left_chat_member":{{{User(user, "Eve")}}}}}
        """;

    public static string Callback(int updateId, string queryId, int messageId, string data, long from = AliceId, string? chat = null) =>
        $$$"""
        {"update_id":{{{updateId}}},"callback_query":{"id":"{{{queryId}}}","from":{{{User(from, "Alice")}}},
         "message":{"message_id":{{{messageId}}},"from":{{{User(StandIn.BotApiStandIn.BotId, "Community Bot", true)}}},"chat":{{{chat ?? Group()}}},
          "date":{{{Date + messageId}}},"text":"Leaderboard"},
         "chat_instance":"-5000000000000000000","data":"{{{data}}}"}}
        """;

    private static string Emojis(string emojis) =>
        string.Join(',', emojis.EnumerateRunes().Select(r => r.ToString()).Where(e => e.Trim().Length > 0)
            .Select(e => $$$"""{"type":"emoji","emoji":"{{{e}}}"}"""));
}
