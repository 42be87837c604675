namespace CommunityBot.Core.Purchases;

internal static class UnixSeconds
{
    private const long Max = 253_402_300_799; // 9999-12-31T23:59:59Z, the last second DateTimeOffset holds

    /// <summary>A Unix time from a shop, clamped so a hostile value cannot throw.</summary>
    public static DateTimeOffset ToTime(long seconds) => DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, Max));
}
