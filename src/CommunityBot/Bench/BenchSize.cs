namespace CommunityBot.Bench;

/// <summary>How big a synthetic community network the bench generates.</summary>
public sealed record BenchSize(int Events, int Members, int Courses)
{
    public static readonly BenchSize Full = new(1_000_000, 50_000, 1_000);

    /// <summary>Small enough for CI to run as a smoke check in well under a minute.</summary>
    public static readonly BenchSize Quick = new(20_000, 2_000, 100);

    /// <summary>One community per 5,000 members: a network of mid-sized servers and groups.</summary>
    public int Communities => Math.Max(1, Members / 5_000);
}
