namespace CommunityBot.Core.Recommendations.Profiles;

/// <summary>
/// Decay in closed form for profiles: an event at t is stored as w·2^((t − ref)/h) against the profile's reference
/// time, so a profile's sums as of any moment are one multiplication away. A profile moves its reference forward
/// (<see cref="NeedsRebase"/>) before exponents grow unsafe for doubles; members are compared through
/// <see cref="Log2AtEpoch"/>, which does not depend on the reference.
/// </summary>
public static class Decay
{
    /// <summary>How far past the reference (in half-lives) an event may lie before the profile is rebased (2^300 is far below double's 2^1023).</summary>
    public const double RebaseHalfLives = 300;

    public static double HalfLives(long fromTicks, long toTicks, double halfLifeDays) =>
        halfLifeDays <= 0 ? 0 : (toTicks - fromTicks) / (double)TimeSpan.TicksPerDay / halfLifeDays;

    /// <summary>2^((t − ref)/h): an event's weight against a reference.</summary>
    public static double Weight(long referenceTicks, DateTimeOffset at, double halfLifeDays) =>
        Math.Pow(2, HalfLives(referenceTicks, at.UtcTicks, halfLifeDays));

    public static bool NeedsRebase(long referenceTicks, DateTimeOffset at, double halfLifeDays) =>
        HalfLives(referenceTicks, at.UtcTicks, halfLifeDays) > RebaseHalfLives;

    /// <summary>log2 of a sum's value at the epoch (tick 0): comparable between references.</summary>
    public static double Log2AtEpoch(double sum, long referenceTicks, double halfLifeDays) =>
        Math.Log2(sum) + HalfLives(0, referenceTicks, halfLifeDays);

    public static double FromLog2AtEpoch(double log2AtEpoch, DateTimeOffset now, double halfLifeDays) =>
        Math.Pow(2, log2AtEpoch - HalfLives(0, now.UtcTicks, halfLifeDays));
}
