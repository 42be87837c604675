namespace CommunityBot.Discord.Capture;

/// <summary>Discord ids embed their creation time: milliseconds since 2015-01-01 in the bits above 22.</summary>
internal static class Snowflake
{
    private const long DiscordEpochMs = 1_420_070_400_000;

    public static DateTimeOffset? TimeOf(string? id) =>
        ulong.TryParse(id, out var value) ? DateTimeOffset.FromUnixTimeMilliseconds((long)(value >> 22) + DiscordEpochMs) : null;
}
