using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Gateway;

/// <summary>Serializes sends: the heartbeat loop and the receive loop both write to one socket.</summary>
internal sealed class GatewaySender(IGatewayTransport transport) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Task HeartbeatAsync(long? seq, CancellationToken ct) =>
        SendAsync(new GatewayCommand<long?>(GatewayOpcode.Heartbeat, seq), DiscordJsonContext.Default.GatewayCommandNullableInt64, ct);

    public async Task SendAsync<T>(T command, JsonTypeInfo<T> info, CancellationToken ct)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(command, info);
        await _lock.WaitAsync(ct);
        try
        {
            await transport.SendAsync(bytes, ct);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
