using System.Globalization;
using System.Text.Json;

namespace CommunityBot.Core.Import;

/// <summary>What <see cref="ExportStream"/> finds in a chat export, in file order.</summary>
public abstract record ExportItem;

/// <summary>A chat (or channel) whose messages follow: the scalar fields and wanted objects written before its "messages".</summary>
public sealed record ExportChat(IReadOnlyDictionary<string, JsonElement> Fields) : ExportItem
{
    public string? Str(string name) => Fields.TryGetValue(name, out var v) ? v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    public JsonElement? Object(string name) => Fields.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;
}

/// <summary>One element of a "messages" array, whole.</summary>
public sealed record ExportMessage(JsonElement Message) : ExportItem;

/// <summary>Where the file stopped being readable (cut off, or not JSON from there on); nothing after it is read.</summary>
public sealed record ExportCut(long Byte, string Reason) : ExportItem
{
    public string Describe(long messagesRead) => string.Create(CultureInfo.InvariantCulture,
        $"{Reason} at byte {Byte:N0}, inside message {messagesRead + 1:N0}: the {messagesRead:N0} messages before it were read, nothing after it");
}
