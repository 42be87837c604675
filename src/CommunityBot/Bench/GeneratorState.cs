namespace CommunityBot.Bench;

/// <summary>The random source and per-community memory of one pass of <see cref="BenchWorkload"/>.</summary>
internal sealed class GeneratorState
{
    public GeneratorState(BenchSize size, Random random, string prefix)
    {
        Random = random;
        Prefix = prefix;
        var activity = new Random(size.Members);
        Communities = Enumerable.Range(0, size.Communities)
            .Select(i => new SyntheticCommunity("bench-" + i, i, size.Communities, size.Members, activity))
            .ToArray();
    }

    public Random Random { get; }

    public string Prefix { get; }

    public SyntheticCommunity[] Communities { get; }

    public long MessageCounter { get; set; }

    public HashSet<string> Deleted { get; } = new(StringComparer.Ordinal);
}
