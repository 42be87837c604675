namespace CommunityBot.Bench;

/// <summary>The collector's counters at one moment; a phase's difference says how much of its time the GC took.</summary>
internal readonly record struct GcActivity(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GcActivity Now() => new(
        GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public string Since(GcActivity before) =>
        $"allocated {(AllocatedBytes - before.AllocatedBytes) >> 20:N0} MB, GCs {Gen0 - before.Gen0}/{Gen1 - before.Gen1}/{Gen2 - before.Gen2} (gen 0/1/2), "
        + $"paused {(Paused - before.Paused).TotalSeconds:0.00} s";
}
