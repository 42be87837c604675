namespace CommunityBot.CrashTest;

/// <summary>Telegram message updates of one supergroup, seven members taking turns; update and message ids match.</summary>
public static class FloodUpdates
{
    public static string Message(int id) => $$$"""
        {"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":{{{1_764_000_000 + id}}},
         "chat":{"id":-1001234567890,"type":"supergroup","title":"Acme"},
         "from":{"id":{{{1000 + id % 7}}},"is_bot":false,"first_name":"Member {{{id % 7}}}"},"text":"message {{{id}}}"}}
        """;
}
