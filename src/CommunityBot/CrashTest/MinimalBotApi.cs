using System.Net;
using System.Text.Json.Nodes;

namespace CommunityBot.CrashTest;

/// <summary>
/// Just enough of the Telegram Bot API on 127.0.0.1 (for `crashtest` and the tests) for `communitybot run` to start and poll: getMe names a bot,
/// getUpdates serves the queued updates the way Telegram does (an update stays until an offset above its id
/// confirms it), every other method succeeds.
/// </summary>
public sealed class MinimalBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(long Id, string Json)> _pending = [];

    private MinimalBotApi(WebApplication app) => _app = app;

    public const string WebhookSecret = "webhook-secret-for-the-test";

    public string Url => _app.Urls.First();

    /// <summary>The settings of a `communitybot run` that talks to this API (port 0: the bot picks a free one).</summary>
    public Dictionary<string, string> BotEnvironment(bool webhook) => new()
    {
        ["COMMUNITYBOT__TELEGRAM__TOKEN"] = /* the sample token of Telegram's documentation */ "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0",
        ["COMMUNITYBOT__TELEGRAM__APIBASEURL"] = Url,
        ["COMMUNITYBOT__TELEGRAM__MODE"] = webhook ? "Webhook" : "Polling",
        ["COMMUNITYBOT__TELEGRAM__WEBHOOKSECRET"] = WebhookSecret,
        ["COMMUNITYBOT__TELEGRAM__POLLTIMEOUTSECONDS"] = "1",
        ["COMMUNITYBOT__HTTP__URL"] = "http://127.0.0.1:0",
    };

    /// <summary>While set, getUpdates answers 502 the way an unreachable Bot API behind a proxy does.</summary>
    public bool FailUpdates { get; set; }

    /// <summary>The highest offset a getUpdates call has confirmed.</summary>
    public long ConfirmedOffset { get; private set; }

    public static async Task<MinimalBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders(); // its request log would drown the figures (and request paths carry the token)
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var api = new MinimalBotApi(app);
        app.MapPost("/bot{token}/{method}", (string method, HttpRequest request) => method switch
        {
            "getMe" => Task.FromResult(Json("""{"id":4242,"is_bot":true,"first_name":"Flood Bot","username":"flood_bot"}""")),
            "getUpdates" => api.GetUpdatesAsync(request),
            _ => Task.FromResult(Json("true")),
        });
        await app.StartAsync();
        return api;
    }

    public void Queue(long updateId, string updateJson)
    {
        lock (_gate)
        {
            _pending.Add((updateId, updateJson));
        }
    }

    private async Task<IResult> GetUpdatesAsync(HttpRequest request)
    {
        if (FailUpdates)
        {
            return Results.Text("""{"ok":false,"error_code":502,"description":"Bad Gateway"}""", "application/json", statusCode: 502);
        }
        var body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        var limit = (int?)body?["limit"] ?? 100;
        var timeout = Math.Min((int?)body?["timeout"] ?? 0, 1);
        var offset = (long?)body?["offset"];
        var deadline = DateTime.UtcNow.AddSeconds(timeout);
        while (true)
        {
            List<string> batch;
            lock (_gate)
            {
                if (offset is { } confirmed)
                {
                    _pending.RemoveAll(u => u.Id < confirmed);
                    ConfirmedOffset = Math.Max(ConfirmedOffset, confirmed);
                }
                batch = [.. _pending.OrderBy(u => u.Id).Take(limit).Select(u => u.Json)];
            }
            if (batch.Count > 0 || DateTime.UtcNow >= deadline)
            {
                return Json("[" + string.Join(',', batch) + "]");
            }
            await Task.Delay(50);
        }
    }

    private static IResult Json(string result) => Results.Text($$"""{"ok":true,"result":{{result}}}""", "application/json");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
