using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CommunityBot.Tests.Control;

/// <summary>
/// Just enough of the Telegram Bot API on 127.0.0.1 for `communitybot run` in webhook mode to start: getMe names a
/// bot, every other method succeeds. Updates reach the bot through its own webhook, not from here.
/// </summary>
public sealed class MinimalBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MinimalBotApi(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    public static async Task<MinimalBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/bot{token}/{method}", (string method) => Results.Text(method.Equals("getMe", StringComparison.OrdinalIgnoreCase)
            ? """{"ok":true,"result":{"id":4242,"is_bot":true,"first_name":"Backup Bot","username":"backup_bot"}}"""
            : """{"ok":true,"result":true}""", "application/json"));
        await app.StartAsync();
        return new MinimalBotApi(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
