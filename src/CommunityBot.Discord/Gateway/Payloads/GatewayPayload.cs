using System.Text.Json;

namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>Every gateway frame: opcode, data, and for dispatches (op 0) the sequence number and event name.</summary>
internal sealed record GatewayPayload
{
    public int Op { get; init; }
    public JsonElement D { get; init; }
    public long? S { get; init; }
    public string? T { get; init; }
}
