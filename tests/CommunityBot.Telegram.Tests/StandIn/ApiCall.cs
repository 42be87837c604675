using System.Text.Json.Nodes;

namespace CommunityBot.Telegram.Tests.StandIn;

/// <summary>One Bot API request the stand-in answered: method, parameters (JSON, form or multipart fields) and uploaded files.</summary>
public sealed record ApiCall(string Method, JsonObject Parameters, IReadOnlyDictionary<string, byte[]> Files)
{
    public string? Text(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        var node => node.ToJsonString(),
    };

    public long? Long(string name) => Text(name) is { } raw && long.TryParse(raw, out var value) ? value : null;

    /// <summary>A parameter that carries JSON (reply_markup, scope): multipart sends it as a string, JSON bodies as an object.</summary>
    public JsonNode? Json(string name) => Parameters[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => JsonNode.Parse(s),
        var node => node,
    };
}
