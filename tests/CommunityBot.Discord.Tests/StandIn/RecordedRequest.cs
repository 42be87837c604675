using System.Text.Json.Nodes;

namespace CommunityBot.Discord.Tests.StandIn;

public sealed record RecordedFile(string Field, string FileName, byte[] Content);

/// <summary>One REST call as the stand-in saw it, with the status it answered (Error says why it rejected it).</summary>
public sealed record RecordedRequest(
    string Method, string Path, string? Authorization, JsonNode? Body, IReadOnlyList<RecordedFile> Files, long Timestamp)
{
    public int Status { get; set; }
    public string? Error { get; set; }
    public bool IsMultipart { get; init; }
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();
    /// <summary>The X-Audit-Log-Reason header, unescaped.</summary>
    public string? AuditReason { get; init; }

    public override string ToString() => $"{Method} {Path} → {Status} {Error}";
}
