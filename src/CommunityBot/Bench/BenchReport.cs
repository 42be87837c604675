using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityBot.Bench;

/// <summary>The one JSON object `communitybot bench` prints; null figures come with a note saying why.</summary>
public sealed record BenchReport
{
    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public required int Events { get; init; }
    public required int Members { get; init; }
    public required int Courses { get; init; }
    public required int Communities { get; init; }
    public required double IngestEventsPerS { get; init; }
    /// <summary>litedb or postgres.</summary>
    public required string Store { get; init; }
    /// <summary>What <see cref="RawBaselinePerS"/> measured: the store's own bulk load of the same rows.</summary>
    public required string RawBaseline { get; init; }
    public required double RawBaselinePerS { get; init; }
    public required double IngestRatio { get; init; }
    public required long IngestStored { get; init; }
    /// <summary>Processor time of the ingest phase: on a shared machine, wall time / CPU time shows the contention.</summary>
    public required double IngestCpuS { get; init; }
    public required double FullScoreCpuS { get; init; }
    public required double FullScoreS { get; init; }
    public required double FullScoreReadS { get; init; }
    public required double FullScoreComputeS { get; init; }
    public required double FullScoreWriteS { get; init; }
    public required double IncrementalScoreS { get; init; }
    public required int IncrementalEvents { get; init; }
    /// <summary>Communities the incremental pass had to rebuild from history (0 when every kept run could continue).</summary>
    public required int IncrementalRebuilds { get; init; }
    public double? RecommendP50Ms { get; init; }
    public double? RecommendP99Ms { get; init; }
    public double? DigestS { get; init; }
    public double? RecommendRefreshS { get; init; }
    public double? RecommendCatchUpS { get; init; }
    public required double EventToVisibleP50Ms { get; init; }
    public required double EventToVisibleP99Ms { get; init; }
    public double ProfileCardP50Ms { get; init; }
    public double ProfileCardP99Ms { get; init; }
    public double StatsChartsMs { get; init; }
    public int? TwoInstancesEvents { get; init; }
    public long? TwoInstancesStored { get; init; }
    public long? TwoInstancesCounted { get; init; }
    public double? TwoInstancesEventsPerS { get; init; }
    public required double PeakRssMb { get; init; }
    public required int Cores { get; init; }
    public required string Dotnet { get; init; }
    public required string Configuration { get; init; }
    public required double MachineLoadAverage { get; init; }
    public string? Note { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, _json);
}
