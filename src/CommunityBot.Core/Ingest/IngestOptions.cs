namespace CommunityBot.Core.Ingest;

/// <summary>Bounds of the ingest queue and its batched writer.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Events the queue holds before producers wait.</summary>
    public int Capacity { get; set; } = 50_000;

    /// <summary>Most events written in one transaction.</summary>
    public int MaxBatch { get; set; } = 5_000;

    /// <summary>How long the writer waits to fill a batch once it holds at least one event.</summary>
    public int MaxLatencyMs { get; set; } = 50;
}
