using System.Text;
using CommunityBot.CrashTest;

namespace CommunityBot.Tests.Control;

public static class WebhookPost
{
    /// <summary>Posts flood update <paramref name="id"/> to the bot's webhook the way Telegram does; 200 means stored.</summary>
    public static async Task PostAsync(HttpClient bot, int id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(FloodUpdates.Message(id), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", MinimalBotApi.WebhookSecret);
        using var response = await bot.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
