using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CommunityBot.Discord.Tests.Support;

namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>
/// The server side of one gateway WebSocket. Sends HELLO, answers heartbeats, checks IDENTIFY and RESUME the way
/// Discord does (closing with its close codes), replays a resumed session; tests script the rest.
/// </summary>
public sealed class GatewayPeer(WebSocket socket, DiscordStandIn owner, string path) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _identified;

    public string Path { get; } = path;
    public Observed<JsonObject> Received { get; } = new();
    public Observed<long?> Heartbeats { get; } = new();
    public SessionLog? Session { get; private set; }

    /// <summary>The shard this connection identified as.</summary>
    public (int Id, int Count)? Shard { get; private set; }
    public Task Closed => _closed.Task;
    public int? ClientCloseStatus { get; private set; }

    public async Task<JsonObject> ExpectAsync(int op, int seconds = 10)
    {
        var payload = await Received.WaitForAsync(p => true, $"a client payload on {Path}", seconds);
        Assert.True((int)payload["op"]! == op, $"expected op {op}, got {payload.ToJsonString()}");
        return payload;
    }

    public async Task SendReadyAsync(JsonObject? guild = null)
    {
        Session = owner.NewSession();
        var ready = Fixture.Load("ready");
        ready["session_id"] = Session.Id;
        ready["resume_gateway_url"] = owner.GatewayBase + "/resume";
        await DispatchAsync("READY", ready);
        await DispatchAsync("GUILD_CREATE", guild ?? Fixture.Load("guild_create"));
    }

    /// <summary>READY, then GUILD_CREATE for each of <paramref name="guildIds"/> this shard owns, as Discord routes them.</summary>
    public async Task<IReadOnlyList<string>> SendShardReadyAsync(IEnumerable<string> guildIds)
    {
        var (id, count) = Shard ?? (0, 1);
        var owned = guildIds.Where(g => (int)((ulong.Parse(g, System.Globalization.CultureInfo.InvariantCulture) >> 22) % (ulong)count) == id).ToList();
        Session = owner.NewSession();
        var ready = Fixture.Load("ready");
        ready["session_id"] = Session.Id;
        ready["resume_gateway_url"] = owner.GatewayBase + "/resume";
        ready["shard"] = new JsonArray(id, count);
        await DispatchAsync("READY", ready);
        foreach (var guild in owned)
        {
            await DispatchAsync("GUILD_CREATE", Fixture.Guild(guild));
        }
        return owned;
    }

    public async Task<long> DispatchAsync(string type, JsonNode? data)
    {
        var seq = Session!.Append(type, data);
        await SendAsync(new JsonObject { ["op"] = 0, ["d"] = data?.DeepClone(), ["s"] = seq, ["t"] = type });
        return seq;
    }

    public Task SendOpAsync(int op, JsonNode? d) => SendAsync(new JsonObject { ["op"] = op, ["d"] = d, ["s"] = null, ["t"] = null });

    public async Task CloseAsync(int code, string reason)
    {
        await _send.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public void Dispose() => _send.Dispose();

    /// <summary>A network drop: no close frame at all.</summary>
    public void Drop() => socket.Abort();

    internal async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await SendOpAsync(10, new JsonObject { ["heartbeat_interval"] = owner.HeartbeatIntervalMs });
            while (await ReceiveAsync(ct) is { } text)
            {
                if (text.Length > 4096)
                {
                    await CloseAsync(4002, "Decode error");
                    continue;
                }
                await HandleAsync(JsonNode.Parse(text)!.AsObject());
            }
            ClientCloseStatus = (int?)socket.CloseStatus;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException)
        {
            // The client dropped the connection (or sent something unreadable): the connection is over.
        }
        finally
        {
            _closed.TrySetResult();
        }
    }

    private async Task HandleAsync(JsonObject payload)
    {
        var op = payload["op"] is JsonValue v && v.TryGetValue<int>(out var o) ? o : -1;
        switch (op)
        {
            case 1:
                var d = payload["d"];
                if (d is not null && (d.GetValueKind() != JsonValueKind.Number))
                {
                    await CloseAsync(4002, "Decode error");
                    return;
                }
                Heartbeats.Add(d?.GetValue<long>());
                if (owner.AckHeartbeats)
                {
                    await SendOpAsync(11, null);
                }
                return;
            case 2:
                // Recorded after the close is sent, so a test that saw the IDENTIFY also sees its consequence.
                var identifyError = GatewayRules.Identify(payload["d"], owner, _identified);
                if (identifyError is null && payload["d"]!["shard"] is JsonArray shard)
                {
                    Shard = (shard[0]!.GetValue<int>(), shard[1]!.GetValue<int>());
                    identifyError = owner.TakeIdentifyTurn(Shard.Value.Id, Shard.Value.Count) ? null : (4008, "Rate limited.");
                }
                if (identifyError is { } identifyClose)
                {
                    await CloseAsync(identifyClose.Code, identifyClose.Reason);
                }
                _identified |= identifyError is null;
                Received.Add(payload);
                return;
            case 6:
                Received.Add(payload);
                await ResumeAsync(payload["d"]);
                return;
            default:
                Received.Add(payload);
                await CloseAsync(4001, "Unknown opcode");
                return;
        }
    }

    private async Task ResumeAsync(JsonNode? d)
    {
        var session = owner.FindSession((string?)d?["session_id"]);
        if (d?["token"]?.GetValueKind() != JsonValueKind.String || (string?)d["token"] != DiscordStandIn.Token)
        {
            await CloseAsync(4004, "Authentication failed");
            return;
        }
        var seqNode = d["seq"];
        if (session is null || (seqNode is not null && seqNode.GetValueKind() != JsonValueKind.Number))
        {
            await SendOpAsync(9, false);
            return;
        }
        var seq = seqNode?.GetValue<long>() ?? 0;
        if (seq > session.LastSeq)
        {
            await CloseAsync(4007, "Invalid seq");
            return;
        }
        Session = session;
        _identified = true;
        owner.Resumes.Add((session.Id, seq));
        foreach (var (s, type, data) in session.After(seq))
        {
            await SendAsync(new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = s, ["t"] = type });
        }
        await DispatchAsync("RESUMED", new JsonObject());
    }

    private async Task SendAsync(JsonObject payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
