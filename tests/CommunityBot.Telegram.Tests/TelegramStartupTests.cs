using CommunityBot.Core.Platform;
using CommunityBot.Telegram.Tests.Harness;
using CommunityBot.Telegram.Tests.StandIn;
using CommunityBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static CommunityBot.Telegram.Tests.Fixtures.TelegramUpdates;

namespace CommunityBot.Telegram.Tests;

public sealed class TelegramStartupTests
{
    private const string WrongToken = "987654321:ZZxqTcvCH1vGWJxfSeofSAs0K5PALDsaw9";

    [Fact]
    public async Task Start_TokenRejectedByTelegram_FailsFastSayingSoWithoutTheToken()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var settings = TelegramTestHost.Settings(api);
        settings["Telegram:Token"] = WrongToken;
        var logs = new CapturedLogs();
        await using var app = TelegramTestHost.Build(settings, store, logs);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Telegram rejected the bot token (getMe answered 401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ZZxqTcvCH1", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("ZZxqTcvCH1", StringComparison.Ordinal));
        Assert.Empty(api.CallsOf("getUpdates"));
    }

    [Theory]
    [InlineData("Telegram:Token", "not-a-token", "Telegram:Token does not look like a bot token")]
    [InlineData("Telegram:ApiBaseUrl", "ftp://127.0.0.1", "Telegram:ApiBaseUrl 'ftp://127.0.0.1' is not an absolute http(s) URL")]
    [InlineData("Telegram:Mode", "webhook", "Telegram:WebhookSecret must be 1-256 characters")]
    [InlineData("Telegram:PollTimeoutSeconds", "600", "Telegram:PollTimeoutSeconds must be between 0 and 50")]
    public async Task Start_InvalidSetting_FailsValidationNamingIt(string key, string value, string expected)
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var settings = TelegramTestHost.Settings(api);
        settings[key] = value;

        // Webhook settings are read when the endpoint is mapped, so the failure may come from building the app.
        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = TelegramTestHost.Build(settings, store, new CapturedLogs());
            await app.StartAsync();
        });

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(error.Failures, f => f.Contains(BotApiStandIn.Token, StringComparison.Ordinal));
        Assert.Empty(api.CallsOf("getMe"));
    }

    [Fact]
    public async Task Start_TokenFromSecretFile_ConnectsAndReceives()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        using var secrets = new TempFolder();
        await File.WriteAllTextAsync(secrets.File("telegram"), BotApiStandIn.Token + "\n");
        await using var host = await TelegramTestHost.StartAsync(api, store, s =>
        {
            s.Remove("Telegram:Token");
            s["Telegram:TokenFile"] = secrets.File("telegram");
        });

        api.PushUpdate(Text(1, 10, "hello"));
        await store.WaitUntilAsync(e => e.Count == 1);

        Assert.Single(api.CallsOf("getMe"));
    }

    [Fact]
    public async Task Start_MissingSecretFile_FailsNamingTheFile()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        var settings = TelegramTestHost.Settings(api);
        settings.Remove("Telegram:Token");
        settings["Telegram:TokenFile"] = "/nonexistent/telegram-token";
        await using var app = TelegramTestHost.Build(settings, store, new CapturedLogs());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Telegram:TokenFile '/nonexistent/telegram-token' cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTelegram_NoTokenConfigured_RegistersNothing()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Telegram:Mode", "polling")]).Build();

        services.AddTelegram(configuration);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService) || d.ServiceType == typeof(IChatPlatform));
    }

    [Fact]
    public async Task Logs_BusySessionAtTraceLevel_NeverContainTheToken()
    {
        await using var api = await BotApiStandIn.StartAsync();
        using var store = new StoreProbe();
        await using var host = await TelegramTestHost.StartAsync(api, store);
        api.FailNext("sendMessage", ApiFailure.TooManyRequests(1));
        api.FailNext("getChatAdministrators", new ApiFailure(400, "Bad Request: chat not found"));

        api.PushUpdate(Command(1, 10, "/t_admin"));
        api.PushUpdate(Text(2, 11, "broken").Replace($"\"date\":{Date + 11}", "\"date\":{}", StringComparison.Ordinal));
        await api.WaitForCallAsync("sendMessage", c => api.CallsOf("sendMessage").Count == 2);
        await api.WaitForCallAsync("getUpdates", c => c.Long("offset") == 3);

        var secret = BotApiStandIn.Token.Split(':')[1];
        Assert.NotEmpty(host.Logs.Lines);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }
}
