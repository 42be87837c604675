namespace CommunityBot.Core.Ingest;

public sealed record IngestResult(int Stored, int Duplicates)
{
    public static readonly IngestResult Empty = new(0, 0);
}
