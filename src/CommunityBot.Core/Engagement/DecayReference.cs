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
    public double Weight(long ticks) => halfLifeDays <= 0 ? 1 : Math.Pow(2, (ticks - ReferenceTicks) / (double)TimeSpan.TicksPerDay / halfLifeDays);

    /// <summary>The factor that turns stored sums into values as of <paramref name="nowTicks"/>.</summary>
    public double ScaleAt(long nowTicks) => halfLifeDays <= 0 ? 1 : Math.Pow(2, (ReferenceTicks - nowTicks) / (double)TimeSpan.TicksPerDay / halfLifeDays);

    /// <summary>False once <paramref name="nowTicks"/> is too many half-lives away: the state must be rebuilt.</summary>
    public bool Covers(long nowTicks) =>
        halfLifeDays <= 0 || Math.Abs((nowTicks - ReferenceTicks) / (double)TimeSpan.TicksPerDay / halfLifeDays) < MaxHalfLives;
}
