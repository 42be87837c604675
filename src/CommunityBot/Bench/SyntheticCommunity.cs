using System.Globalization;

namespace CommunityBot.Bench;

/// <summary>
/// One generated community: its members with Pareto-distributed activity weights (a few very active members,
/// a long tail of lurkers), its channels, and a ring of recent messages that replies and reactions target.
/// </summary>
internal sealed class SyntheticCommunity
{
    private const int RecentCapacity = 512;
    private static readonly string[] _channels = ["general", "help", "showcase", "random", "jobs"];
    private readonly string[] _members;
    private readonly double[] _cumulative;
    private readonly (string Id, string Author)[] _recent = new (string, string)[RecentCapacity];
    private int _recentNext;

    public SyntheticCommunity(string id, int index, int communities, int totalMembers, Random activity)
    {
        Id = id;
        _members = Enumerable.Range(0, totalMembers)
            .Where(m => m % communities == index)
            .Select(m => "u" + m.ToString(CultureInfo.InvariantCulture))
            .ToArray();
        _cumulative = new double[_members.Length];
        var sum = 0.0;
        for (var i = 0; i < _members.Length; i++)
        {
            // Pareto with shape 1.2, capped so one member cannot dominate a small community.
            sum += Math.Min(1_000, Math.Pow(1 - activity.NextDouble(), -1 / 1.2));
            _cumulative[i] = sum;
        }
    }

    public string Id { get; }

    public int RecentCount { get; private set; }

    public string PickMember(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _members[Math.Min(_members.Length - 1, index < 0 ? ~index : index)];
    }

    public static string PickChannel(Random random) => _channels[random.Next(_channels.Length)];

    public (string Id, string Author) PickRecent(Random random) => _recent[random.Next(RecentCount)];

    public void Remember(string messageId, string author)
    {
        _recent[_recentNext] = (messageId, author);
        _recentNext = (_recentNext + 1) % RecentCapacity;
        RecentCount = Math.Min(RecentCapacity, RecentCount + 1);
    }
}
