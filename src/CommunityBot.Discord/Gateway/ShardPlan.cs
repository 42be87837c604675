using System.Globalization;

namespace CommunityBot.Discord.Gateway;

/// <summary>
/// Which shards this instance runs, of how many. Discord sends each shard the guilds whose
/// <c>(guild_id &gt;&gt; 22) % count</c> is its id, and direct messages to shard 0.
/// </summary>
internal sealed record ShardPlan(int Count, IReadOnlyList<int> Ids)
{
    public const string Auto = "auto";
    private const int MaxShards = 65536;

    /// <summary>The plan for a count Discord recommended (used when ShardCount is auto); null with the problem when the settings do not fit it.</summary>
    public static (ShardPlan? Plan, string? Problem) Resolve(DiscordOptions options, int recommended)
    {
        var count = IsAuto(options) ? Math.Max(1, recommended) : int.Parse(options.ShardCount, CultureInfo.InvariantCulture);
        var ids = ExplicitIds(options) ?? Enumerable.Range(0, count).ToList();
        var outside = ids.Where(id => id >= count).ToList();
        return outside.Count == 0
            ? (new ShardPlan(count, ids), null)
            : (null, $"Discord:ShardIds names shard {outside[0]}, but Discord:ShardCount is {count}"
                + (IsAuto(options) ? " (auto: the count Discord recommends)" : "") + $": shard ids go from 0 to {count - 1}.");
    }

    /// <summary>What is wrong with the shard settings before Discord is asked anything; null when nothing is.</summary>
    public static string? Problem(DiscordOptions options)
    {
        if (!IsAuto(options) && !(int.TryParse(options.ShardCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxShards))
        {
            return $"Discord:ShardCount '{options.ShardCount}' is neither a number from 1 to {MaxShards} nor '{Auto}'.";
        }
        if (options.ShardIds.Length > 0 && ParseIds(options.ShardIds) is null)
        {
            return $"Discord:ShardIds '{options.ShardIds}' is not a list of shard ids such as '0,1' or '4-7'.";
        }
        return IsAuto(options) ? null : Resolve(options, 0).Problem;
    }

    /// <summary>"0,2,4-7" as [0, 2, 4, 5, 6, 7]; null when it is not such a list.</summary>
    public static IReadOnlyList<int>? ParseIds(string text)
    {
        var ids = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !range.All(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < MaxShards))
            {
                return null;
            }
            var (from, to) = (int.Parse(range[0], CultureInfo.InvariantCulture), int.Parse(range[^1], CultureInfo.InvariantCulture));
            if (to < from)
            {
                return null;
            }
            ids.UnionWith(Enumerable.Range(from, to - from + 1));
        }
        return [.. ids];
    }

    private static bool IsAuto(DiscordOptions options) => string.Equals(options.ShardCount.Trim(), Auto, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<int>? ExplicitIds(DiscordOptions options) =>
        options.ShardIds.Length > 0 ? ParseIds(options.ShardIds)
        : options.ShardId is { } one ? [one]
        : null;
}
