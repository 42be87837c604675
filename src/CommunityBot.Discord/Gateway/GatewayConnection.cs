using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using CommunityBot.Discord.Gateway.Payloads;
using Microsoft.Extensions.Logging;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection: HELLO, IDENTIFY or RESUME, heartbeats, and the receive loop that feeds the dispatch pump.
/// Ends with a <see cref="GatewayDisconnect"/> once the pump has drained everything this connection received.
/// </summary>
internal sealed partial class GatewayConnection(
    IGatewayTransport transport, GatewaySession session, DispatchPump pump, TimeProvider clock, ILogger logger)
{
    private static readonly DiscordJsonContext Json = DiscordJsonContext.Default;

    public async Task<GatewayDisconnect> RunAsync(Uri url, Func<GatewaySender, CancellationToken, Task> handshake, CancellationToken ct)
    {
        using var life = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var sender = new GatewaySender(transport);
        var heartbeater = new Heartbeater(sender, session, clock);
        var dispatches = Channel.CreateUnbounded<GatewayPayload>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var pumping = pump.RunAsync(dispatches.Reader, session, ct);
        Task beating = Task.CompletedTask, receiving = Task.CompletedTask;
        GatewayDisconnect result;
        try
        {
            await transport.ConnectAsync(url, life.Token);
            var hello = await ReceiveAsync(life.Token);
            if (hello is null)
            {
                // Closed before HELLO (e.g. 4012): nothing was received, so there is nothing to drain.
                return GatewayCloseCodes.Classify(transport.CloseStatus);
            }
            if (hello.Op != GatewayOpcode.Hello)
            {
                throw new WebSocketException($"expected HELLO, got op {hello.Op}");
            }
            var interval = TimeSpan.FromMilliseconds(hello.D.Deserialize(Json.HelloData)!.HeartbeatInterval);
            beating = heartbeater.RunUntilZombieAsync(interval, life.Token);
            await handshake(sender, life.Token);
            var loop = ReceiveLoopAsync(heartbeater, dispatches.Writer, life.Token);
            receiving = loop;
            var first = await Task.WhenAny(loop, beating, pumping);
            result = first == loop ? await loop
                : first == beating && beating.IsCompletedSuccessfully ? Zombie
                : first == beating ? await Failed(beating)
                : new GatewayDisconnect(DisconnectAction.Resume, "storing events failed; resuming from the last stored sequence");
            if (first != beating)
            {
                // Any code but 1000/1001 keeps the session resumable.
                await TryCloseAsync(4000);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            result = new GatewayDisconnect(DisconnectAction.Resume, $"connection failed: {ex.Message}");
        }
        finally
        {
            dispatches.Writer.TryComplete();
            if (ct.IsCancellationRequested)
            {
                await TryCloseAsync(1000);
            }
            await life.CancelAsync();
            transport.Abort();
            await Task.WhenAll(beating, receiving).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        await DrainAsync(pumping);
        return result;
    }

    private static readonly GatewayDisconnect Zombie =
        new(DisconnectAction.Resume, "no heartbeat ACK since the last heartbeat (zombie connection)");

    private static async Task<GatewayDisconnect> Failed(Task task)
    {
        await task;
        return Zombie;
    }

    private async Task TryCloseAsync(int code)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await transport.CloseAsync(code, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The connection is being dropped anyway; a failed close changes nothing.
        }
    }

    private async Task<GatewayDisconnect> ReceiveLoopAsync(
        Heartbeater heartbeater, ChannelWriter<GatewayPayload> dispatches, CancellationToken ct)
    {
        while (true)
        {
            var payload = await ReceiveAsync(ct);
            switch (payload?.Op)
            {
                case null:
                    return GatewayCloseCodes.Classify(transport.CloseStatus);
                case GatewayOpcode.Dispatch:
                    if (payload.S is { } seq)
                    {
                        session.Received(seq);
                    }
                    await dispatches.WriteAsync(payload, ct);
                    break;
                case GatewayOpcode.Heartbeat:
                    await heartbeater.BeatNowAsync(ct);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    heartbeater.Acknowledge();
                    break;
                case GatewayOpcode.Reconnect:
                    return new GatewayDisconnect(DisconnectAction.Resume, "Discord asked to reconnect (op 7)") { Immediate = true };
                case GatewayOpcode.InvalidSession:
                    var resumable = payload.D.ValueKind == JsonValueKind.True;
                    return new GatewayDisconnect(resumable ? DisconnectAction.Resume : DisconnectAction.Identify,
                        $"invalid session (op 9, resumable: {resumable})") { InvalidSession = !resumable };
            }
        }
    }

    private async Task<GatewayPayload?> ReceiveAsync(CancellationToken ct)
    {
        var bytes = await transport.ReceiveAsync(ct);
        return bytes is null ? null : TolerantJson.Read(bytes, Json.GatewayPayload);
    }

    private async Task DrainAsync(Task pumping)
    {
        try
        {
            await pumping;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPumpFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: what was not stored will not be acknowledged and Discord's session simply ends.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing Discord events failed; the session resumes from the last stored sequence")]
    private static partial void LogPumpFailed(ILogger logger, Exception error);
}
