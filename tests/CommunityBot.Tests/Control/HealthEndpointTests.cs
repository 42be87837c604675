using CommunityBot.CrashTest;
using System.Net;
using System.Text.Json;
using CommunityBot.TestKit;

namespace CommunityBot.Tests.Control;

/// <summary>GET /healthz of `communitybot run`: store, scheduler and the Telegram adapter, healthy and not.</summary>
public sealed class HealthEndpointTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/healthz");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Healthz_RunningWebhookBot_OkWithStoreSchedulerAndTheLastEvent()
    {
        await using var api = await MinimalBotApi.StartAsync();
        await using var bot = BotProcess.Start(_data.Path, api.BotEnvironment(webhook: true));
        var control = await bot.WaitForControlFileAsync(_data.Path);
        using var http = new HttpClient { BaseAddress = new Uri(control.Url) };

        var (status, body) = await HealthAsync(http);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("store").GetProperty("ok").GetBoolean());
        Assert.Equal("running", body.GetProperty("scheduler").GetProperty("status").GetString());
        Assert.False(body.GetProperty("scheduler").GetProperty("clustered").GetBoolean()); // LiteDB: the schedule is in memory
        var telegram = body.GetProperty("adapters").GetProperty("telegram");
        Assert.True(telegram.GetProperty("connected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, telegram.GetProperty("lastEvent").ValueKind);

        await WebhookPost.PostAsync(http, 1);

        var (_, after) = await HealthAsync(http);
        Assert.Equal(JsonValueKind.String, after.GetProperty("adapters").GetProperty("telegram").GetProperty("lastEvent").ValueKind);
    }

    [Fact]
    public async Task Healthz_BotApiFailing_503NamingTheAdapterAndWhy()
    {
        await using var api = await MinimalBotApi.StartAsync();
        api.FailUpdates = true;
        await using var bot = BotProcess.Start(_data.Path, api.BotEnvironment(webhook: false));
        var control = await bot.WaitForControlFileAsync(_data.Path);
        using var http = new HttpClient { BaseAddress = new Uri(control.Url) };

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var (status, body) = await HealthAsync(http);
        while (status == HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            (status, body) = await HealthAsync(http);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        var telegram = body.GetProperty("adapters").GetProperty("telegram");
        Assert.False(telegram.GetProperty("connected").GetBoolean());
        Assert.Contains("Bad Gateway", telegram.GetProperty("problem").GetString(), StringComparison.Ordinal);

        api.FailUpdates = false;
        deadline = DateTime.UtcNow.AddSeconds(30);
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            (status, _) = await HealthAsync(http);
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
