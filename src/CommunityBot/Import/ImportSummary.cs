namespace CommunityBot.Import;

/// <summary>A rejected record: its file, its position (a line of JSONL, a message of an export) and why.</summary>
public sealed record RejectedLine(string File, long Line, string Reason, string Unit = "line");

/// <summary>What an import did: lines read, events stored, duplicates skipped, lines rejected with their reasons.</summary>
public sealed record ImportSummary(long Read, long Stored, long Duplicates, IReadOnlyList<RejectedLine> Rejected, long RejectedCount, TimeSpan Elapsed)
{
    public const int RejectionsKept = 50;

    /// <summary>Records skipped on purpose (system messages, anonymous reaction counts, private chats), by reason.</summary>
    public IReadOnlyDictionary<string, long> Skipped { get; init; } = new Dictionary<string, long>();
}
