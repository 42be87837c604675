using System.Buffers;
using System.Net.WebSockets;

namespace CommunityBot.Discord.Gateway;

internal sealed class ClientWebSocketTransport : IGatewayTransport
{
    private readonly ClientWebSocket _socket = new();

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public Task ConnectAsync(Uri url, CancellationToken ct) => _socket.ConnectAsync(url, ct);

    public Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct) =>
        _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, ct).AsTask();

    public async Task<byte[]?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    public async Task CloseAsync(int code, CancellationToken ct)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, ct);
        }
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
