namespace CommunityBot.Discord.Gateway;

/// <summary>The WebSocket seam of the gateway client: whole text messages in and out.</summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri url, CancellationToken ct);

    Task SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken ct);

    /// <summary>The next whole message, or null when the peer closed (see <see cref="CloseStatus"/>).</summary>
    Task<byte[]?> ReceiveAsync(CancellationToken ct);

    /// <summary>The close code the peer sent, when it sent one.</summary>
    int? CloseStatus { get; }

    /// <summary>Starts a close handshake with <paramref name="code"/>; codes other than 1000/1001 keep the session resumable.</summary>
    Task CloseAsync(int code, CancellationToken ct);

    /// <summary>Drops the connection at once (zombie connections never answer a close).</summary>
    void Abort();
}
