namespace CommunityBot.Bench;

/// <summary>The bench's "now": fixed while a phase runs, so scoring sees exactly the generated window.</summary>
internal sealed class BenchClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
