namespace CommunityBot.Core.Recommendations.Evaluation;

/// <summary>
/// Leave-last-n-out by time: each member with at least 2·n distinct interactions has their last n held out
/// as the test set; everything else trains. Equal timestamps are ordered by a seeded shuffle, so the split
/// is the same on every run.
/// </summary>
public sealed class EvalSplit
{
    private EvalSplit(IReadOnlyList<Interaction> train, IReadOnlyDictionary<string, IReadOnlySet<string>> test,
        IReadOnlyDictionary<string, DateTimeOffset> cutoff)
    {
        Train = train;
        Test = test;
        Cutoff = cutoff;
    }

    public IReadOnlyList<Interaction> Train { get; }

    /// <summary>Held-out items per evaluated member.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Test { get; }

    /// <summary>Per evaluated member, the time of their first held-out interaction: nothing from then on is known to the models.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Cutoff { get; }

    public static EvalSplit LeaveLastOut(IReadOnlyList<Interaction> interactions, int holdout, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(holdout, 1);
        var random = new Random(seed);
        var keyed = interactions.Select(i => (Interaction: i, Tie: random.Next())).ToList();
        var train = new List<Interaction>();
        var test = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var cutoff = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var member in keyed.GroupBy(x => x.Interaction.User, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var history = member.OrderBy(x => x.Interaction.At).ThenBy(x => x.Tie)
                .Select(x => x.Interaction).DistinctBy(i => i.Item, StringComparer.Ordinal).ToList();
            if (history.Count < 2 * holdout)
            {
                train.AddRange(history);
                continue;
            }
            var split = history.Count - holdout;
            train.AddRange(history.Take(split));
            test[member.Key] = history.Skip(split).Select(i => i.Item).ToHashSet(StringComparer.Ordinal);
            cutoff[member.Key] = history[split].At;
        }
        return new EvalSplit(train, test, cutoff);
    }
}
