namespace CommunityBot.Core.Engagement;

/// <summary>Levels as members know them from leveling bots: level L → L+1 costs 5·L² + 50·L + 100 points.</summary>
public static class LevelCurve
{
    public static long PointsFor(int level) => 5L * level * level + 50L * level + 100;

    /// <summary>Total points needed to reach <paramref name="level"/> from 0.</summary>
    public static long TotalFor(int level)
    {
        long total = 0;
        for (var l = 0; l < level; l++)
        {
            total += PointsFor(l);
        }
        return total;
    }

    public static int LevelOf(long points)
    {
        var level = 0;
        while (points >= PointsFor(level))
        {
            points -= PointsFor(level);
            level++;
        }
        return level;
    }
}
