namespace CommunityBot.Import;

public sealed record RejectedLine(string File, long Line, string Reason);

/// <summary>What an import did: lines read, events stored, duplicates skipped, lines rejected with their reasons.</summary>
public sealed record ImportSummary(long Read, long Stored, long Duplicates, IReadOnlyList<RejectedLine> Rejected, long RejectedCount, TimeSpan Elapsed)
{
    public const int RejectionsKept = 50;
}
