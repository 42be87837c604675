using System.Text;

namespace CommunityBot.Tests.Control;

/// <summary>Telegram message updates of one supergroup, seven members taking turns; update and message ids match.</summary>
public static class FloodUpdates
{
    public static string Message(int id) => $$$"""
        {"update_id":{{{id}}},"message":{"message_id":{{{id}}},"date":{{{1_764_000_000 + id}}},
         "chat":{"id":-1001234567890,"type":"supergroup","title":"Acme"},
         "from":{"id":{{{1000 + id % 7}}},"is_bot":false,"first_name":"Member {{{id % 7}}}"},"text":"message {{{id}}}"}}
        """;

    /// <summary>Posts update <paramref name="id"/> to the bot's webhook the way Telegram does; 200 means stored.</summary>
    public static async Task PostToWebhookAsync(HttpClient bot, int id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(Message(id), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", MinimalBotApi.WebhookSecret);
        using var response = await bot.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
