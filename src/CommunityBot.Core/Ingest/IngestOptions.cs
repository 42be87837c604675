namespace CommunityBot.Core.Ingest;

/// <summary>Bounds of the ingest queue and its batched writer.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Events the queue holds before producers wait.</summary>
    public int Capacity { get; set; } = 100_000;

    /// <summary>
    /// Most events written in one transaction. LiteDB's cost per event falls with the transaction size (FACTS.md:
    /// 23k/s in chunks of 5,000, 34k/s in chunks of 50,000); under light load batches stay small anyway, because
    /// the writer takes what is queued once <see cref="MaxLatencyMs"/> has passed.
    /// </summary>
    public int MaxBatch { get; set; } = 50_000;

    /// <summary>How long the writer waits to fill a batch once it holds at least one event.</summary>
    public int MaxLatencyMs { get; set; } = 50;

    /// <summary>
    /// While no event of a batch can be written (the store is down), the batch is tried again after this pause…
    /// </summary>
    public int OutagePauseMs { get; set; } = 5_000;

    /// <summary>…this many times; what still fails after that, or at shutdown, is given up (logged, its caller told).</summary>
    public int OutageRetries { get; set; } = 60;
}
