namespace CommunityBot.Discord.Capture;

/// <summary>Discord ids embed their creation time: milliseconds since 2015-01-01 in the bits above 22.</summary>
internal static class Snowflake
{
    private const long DiscordEpochMs = 1_420_070_400_000;

    /// <summary>The smallest id created at <paramref name="at"/>: "after" this id means "created after this time".</summary>
    public static string At(DateTimeOffset at) =>
        ((ulong)Math.Max(0, at.ToUnixTimeMilliseconds() - DiscordEpochMs) << 22).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Numeric order of two ids (string order breaks when ids differ in length).</summary>
    public static int Compare(string a, string b) =>
        ulong.TryParse(a, out var x) && ulong.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);

    public static DateTimeOffset? TimeOf(string? id) =>
        ulong.TryParse(id, out var value) ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + DiscordEpochMs) : null;
}
