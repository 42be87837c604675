using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using CommunityBot.Discord.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>
/// An in-process Discord on 127.0.0.1: GET /gateway/bot, a WebSocket gateway at /gateway and /resume, and the REST
/// routes the adapter uses, each as strict as Discord about what it accepts.
/// </summary>
public sealed partial class DiscordStandIn : IAsyncDisposable
{
    private readonly Dictionary<int, DateTimeOffset> _identifyTurns = [];

    public const string Token = "MTMwMDAwMDAwMDAwMDAwMDAx.standin.secret-token-value";
    public const string ApplicationId = "300000000000000002";
    public const string BotUserId = "300000000000000001";

    private readonly WebApplication _app;
    private readonly Channel<GatewayPeer> _connections = Channel.CreateUnbounded<GatewayPeer>();
    private readonly ConcurrentDictionary<string, SessionLog> _sessions = new();
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _nextId = 1;

    private DiscordStandIn(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public string ApiBaseUrl => BaseUrl + "/api/v10";
    public string GatewayBase => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal);
    public int HeartbeatIntervalMs { get; set; } = 200;
    public bool AckHeartbeats { get; set; } = true;
    public bool PrivilegedIntentsEnabled { get; set; } = true;
    public int SessionStartRemaining { get; set; } = 1000;
    public int SessionResetAfterMs { get; set; } = 14_400_000;
    /// <summary>When set, message responses say the route's bucket is empty until this many seconds pass.</summary>
    public double? MessageBucketResetAfter { get; set; }
    public Observed<RecordedRequest> Requests { get; } = new();
    public Observed<(string SessionId, long Seq)> Resumes { get; } = new();
    public Observed<GatewayPeer> Peers { get; } = new();

    /// <summary>GET /gateway/bot's recommended shard count and identify buckets.</summary>
    public int RecommendedShards { get; set; } = 1;
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>When set, an IDENTIFY sooner than this after the last one in its bucket (shard % max_concurrency) is closed with 4008.</summary>
    public TimeSpan? IdentifyWindow { get; set; }

    /// <summary>Every accepted IDENTIFY: its shard, of how many, and when it arrived.</summary>
    public Observed<(int Shard, int Count, DateTimeOffset At)> Identifies { get; } = new();

    /// <summary>The shards whose IDENTIFY came too soon in its bucket.</summary>
    public Observed<int> RateLimitedIdentifies { get; } = new();

    public static async Task<DiscordStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new DiscordStandIn(app);
        app.UseWebSockets();
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseUrl = address.TrimEnd('/');
        return standIn;
    }

    public async Task<GatewayPeer> NextConnectionAsync(int seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            return await _connections.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The adapter did not open a gateway connection in time.");
        }
    }

    /// <summary>The next request matching method and path fragment gets this failure instead of an answer.</summary>
    public void FailNext(Fault fault) => _faults.Enqueue(fault);

    public string NewId() => (800000000000000000 + Interlocked.Increment(ref _nextId)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Discord's identify rule: one per bucket per window, whichever process sends it.</summary>
    internal bool TakeIdentifyTurn(int shard, int count)
    {
        lock (_identifyTurns)
        {
            var now = DateTimeOffset.UtcNow;
            var bucket = shard % MaxConcurrency;
            if (IdentifyWindow is { } window && _identifyTurns.TryGetValue(bucket, out var last) && now - last < window)
            {
                RateLimitedIdentifies.Add(shard);
                return false;
            }
            _identifyTurns[bucket] = now;
            Identifies.Add((shard, count, now));
            return true;
        }
    }

    internal SessionLog NewSession()
    {
        var session = new SessionLog("session-" + NewId());
        _sessions[session.Id] = session;
        return session;
    }

    internal SessionLog? FindSession(string? id) => id is not null && _sessions.TryGetValue(id, out var s) ? s : null;

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (context.WebSockets.IsWebSocketRequest && (path.StartsWith("/gateway", StringComparison.Ordinal) || path.StartsWith("/resume", StringComparison.Ordinal)))
        {
            await AcceptGatewayAsync(context, path);
            return;
        }
        await HandleRestAsync(context, path, Stopwatch.GetTimestamp());
    }

    private async Task AcceptGatewayAsync(HttpContext context, string path)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var peer = new GatewayPeer(socket, this, path.StartsWith("/resume", StringComparison.Ordinal) ? "/resume" : "/gateway");
        var query = context.Request.Query;
        if (query["v"] != "10" || query["encoding"] != "json")
        {
            await peer.CloseAsync(4012, "Invalid API version");
            return;
        }
        Peers.Add(peer);
        await _connections.Writer.WriteAsync(peer);
        await peer.RunAsync(_stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    internal static JsonObject Error(int code, string message) => new() { ["code"] = code, ["message"] = message };
}
