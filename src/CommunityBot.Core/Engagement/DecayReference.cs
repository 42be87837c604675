namespace CommunityBot.Core.Engagement;

/// <summary>
/// Decay in closed form: an event at t is stored as 2^((t − ref)/h) against a fixed reference time, so the sum of
/// many events as of any later moment is the stored sum times 2^((ref − now)/h). Time passing scales every sum by
/// one common factor instead of re-reading history (DESIGN §4, §9).
/// </summary>
internal readonly struct DecayReference(long referenceTicks, double halfLifeDays)
{
    /// <summary>How far from the reference (in half-lives) before the exponents get unsafe for doubles (2^1023).</summary>
    public const double MaxHalfLives = 600;

    public long ReferenceTicks { get; } = referenceTicks;

    /// <summary>An event's weight relative to the reference time.</summary>
    public double Weight(long ticks) => Math.Pow(2, HalfLivesTo(ticks));

    /// <summary>The factor that turns stored sums into values as of <paramref name="nowTicks"/>.</summary>
    public double ScaleAt(long nowTicks) => Math.Pow(2, -HalfLivesTo(nowTicks));

    /// <summary>
    /// log2 of a sum's value at the epoch (tick 0), kept in the log domain (2^(ref/h) overflows): sums stored against
    /// different references compare through it (the largest member activity of a recommendation model).
    /// </summary>
    public double Log2AtEpoch(double sum) => Math.Log2(sum) - HalfLivesTo(0);

    /// <summary>The value as of <paramref name="nowTicks"/> of a sum given by <see cref="Log2AtEpoch"/>.</summary>
    public static double FromLog2AtEpoch(double log2AtEpoch, long nowTicks, double halfLifeDays) =>
        Math.Pow(2, log2AtEpoch - new DecayReference(0, halfLifeDays).HalfLivesTo(nowTicks));

    /// <summary>False once <paramref name="nowTicks"/> is too many half-lives away: the state must be rebuilt.</summary>
    public bool Covers(long nowTicks) => Math.Abs(HalfLivesTo(nowTicks)) < MaxHalfLives;

    /// <summary>Half-lives from the reference to <paramref name="ticks"/> (0 without decay).</summary>
    private double HalfLivesTo(long ticks) => halfLifeDays <= 0 ? 0 : (ticks - ReferenceTicks) / (double)TimeSpan.TicksPerDay / halfLifeDays;
}
