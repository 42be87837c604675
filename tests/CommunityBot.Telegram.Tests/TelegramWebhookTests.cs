using System.Net;
using System.Text;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramWebhookTests
{
    private const string Secret = "s3cr3t-Token_for-webhooks";
    private const string PublicUrl = "https://bot.example.org/telegram/webhook";

    private static void WebhookMode(Dictionary<string, string?> settings)
    {
        settings["Telegram:Mode"] = "webhook";
        settings["Telegram:WebhookSecret"] = Secret;
        settings["Telegram:WebhookUrl"] = PublicUrl;
        settings["Telegram:WebhookStoreTimeout"] = "00:00:03"; // past the writer's retry pauses (1 s at most)…
        settings["Ingest:OutagePauseMs"] = "200"; // …and its pause while the store is down
    }

    [Fact]
    public async Task Webhook_RightSecret_AnswersOkOnlyOnceStored()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await PostAsync(http, Text(500, 50, "from the webhook"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("50", Assert.Single(store.Stored).MessageId);
        Assert.Empty(api.CallsOf("getUpdates"));
        var registered = await api.WaitForCallAsync("setWebhook");
        Assert.Equal(PublicUrl, registered.Text("url"));
        Assert.Equal(Secret, registered.Text("secret_token"));
        Assert.Contains("message_reaction", registered.Json("allowed_updates")!.AsArray().Select(n => (string)n!));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task Webhook_MissingOrWrongSecret_RefusedNothingStored(string? secret)
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await PostAsync(http, Text(501, 51, "forged"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(store.Stored);
    }

    [Fact]
    public async Task Webhook_StoreFails_AnswersUnavailableAndRedeliveryStoredOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        store.BeforeAppend = () => throw new IOException("disk full");

        using var failed = await PostAsync(http, Text(502, 52, "keep me"), Secret);
        store.BeforeAppend = null;
        using var retried = await PostAsync(http, Text(502, 52, "keep me"), Secret);
        using var again = await PostAsync(http, Text(502, 52, "keep me"), Secret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode); // the writer keeps retrying the first copy
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("52", Assert.Single(store.Stored).MessageId);
    }

    [Fact]
    public async Task Webhook_MalformedUpdate_SkippedWithOkAndLogged()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var broken = await PostAsync(http, """{"update_id":503,"message":{"message_id":"x","date":"soon"}}""", Secret);
        using var next = await PostAsync(http, Text(504, 54, "still listening"), Secret);

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Equal("54", Assert.Single(store.Stored).MessageId);
        Assert.True(host.Logs.Contains("Skipped a Telegram webhook update"));
    }

    [Fact]
    public async Task Webhook_Command_AnsweredThroughTheBotApi()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await PostAsync(http, Command(505, 55, "/t_member"), Secret);
        var sent = await api.WaitForCallAsync("sendMessage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("t_member for Alice as Member", sent.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_SameCommandSentTwice_AnsweredOnce()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store, WebhookMode);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var first = await PostAsync(http, Command(506, 56, "/t_member"), Secret);
        using var again = await PostAsync(http, Command(506, 56, "/t_member"), Secret);
        using var other = await PostAsync(http, Command(507, 57, "/t_member", from: BobId, fromName: "Bob"), Secret);
        await api.WaitForCallAsync("sendMessage", c => c.Text("text")?.Contains("Bob", StringComparison.Ordinal) == true);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, again.StatusCode, other.StatusCode });
        Assert.Equal(2, api.CallsOf("sendMessage").Count);
    }

    [Fact]
    public async Task MapTelegramWebhook_PollingMode_MapsNothing()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await PostAsync(http, Text(506, 56, "nobody listens here"), Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await api.WaitForCallAsync("deleteWebhook");
    }

    internal static Task<HttpResponseMessage> PostAsync(HttpClient http, string update, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(update, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.SendAsync(request);
    }
}
