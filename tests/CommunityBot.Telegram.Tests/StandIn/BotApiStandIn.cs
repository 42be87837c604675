using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>
/// An in-process Bot API server on 127.0.0.1 speaking the documented wire format: POST/GET /bot&lt;token&gt;/&lt;method&gt;
/// with JSON, form or multipart parameters, answers in the {"ok":..,"result":..} envelope, 401 for a wrong token.
/// Tests push updates, script failures and await the calls the adapter makes.
/// </summary>
public sealed partial class BotApiStandIn : IAsyncDisposable
{
    /// <summary>A token of the shape BotFather hands out (digits, colon, 35 characters).</summary>
    public const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";
    public const long BotId = 123456789;
    public const string BotUsername = "CommunityTestBot";

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);
    private readonly Lock _gate = new();
    private readonly List<ApiCall> _calls = [];
    private readonly List<(string Method, Func<ApiCall, bool> Match, TaskCompletionSource<ApiCall> Done)> _waiters = [];
    private readonly Dictionary<string, Queue<ApiFailure>> _failures = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private int _nextMessageId = 1000;

    private BotApiStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ApiCall> Calls
    {
        get { lock (_gate) { return [.. _calls]; } }
    }

    public static async Task<BotApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new BotApiStandIn(app);
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], (Delegate)standIn.AnswerAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Urls.First();
        return standIn;
    }

    /// <summary>The next call of <paramref name="method"/> answers with this error instead.</summary>
    public void FailNext(string method, ApiFailure failure)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                _failures[method] = queue = new Queue<ApiFailure>();
            }
            queue.Enqueue(failure);
        }
    }

    /// <summary>Waits for a call (already made or still to come) of <paramref name="method"/> matching <paramref name="match"/>.</summary>
    public Task<ApiCall> WaitForCallAsync(string method, Func<ApiCall, bool>? match = null)
    {
        match ??= _ => true;
        lock (_gate)
        {
            if (_calls.FirstOrDefault(c => c.Method == method && match(c)) is { } made)
            {
                return Task.FromResult(made);
            }
            var done = new TaskCompletionSource<ApiCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((method, match, done));
            return done.Task.WaitAsync(WaitLimit);
        }
    }

    public IReadOnlyList<ApiCall> CallsOf(string method) => [.. Calls.Where(c => c.Method == method)];

    private async Task<IResult> AnswerAsync(HttpContext context, string token, string method)
    {
        if (token != Token)
        {
            return Error(new ApiFailure(401, "Unauthorized"));
        }
        var call = await ApiRequestReader.ReadAsync(method, context.Request);
        if (method == "getUpdates")
        {
            Confirm(call); // before Record, so a test awaiting this call sees the confirmation
        }
        Record(call);
        ApiFailure? failure = null;
        lock (_gate)
        {
            if (_failures.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                failure = queue.Dequeue();
            }
        }
        if (failure is not null)
        {
            return Error(failure);
        }
        try
        {
            return Ok(await ResultOfAsync(call, context.RequestAborted));
        }
        catch (ApiFailureException ex)
        {
            return Error(ex.Failure);
        }
    }

    private void Record(ApiCall call)
    {
        List<TaskCompletionSource<ApiCall>> done;
        lock (_gate)
        {
            _calls.Add(call);
            done = [.. _waiters.Where(w => w.Method == call.Method && w.Match(call)).Select(w => w.Done)];
            _waiters.RemoveAll(w => done.Contains(w.Done));
        }
        done.ForEach(d => d.TrySetResult(call));
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Content(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(ApiFailure failure)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = failure.Code, ["description"] = failure.Description };
        if (failure.RetryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }
        return Results.Content(body.ToJsonString(), "application/json", statusCode: failure.Code);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
