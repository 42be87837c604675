namespace CommunityBot.Core.Engagement;

/// <summary>
/// When a member's account was created, as far as the bot can tell: a Discord user id is a snowflake that carries its
/// creation time; other platforms tell the bot nothing, so the member's first event in the community stands in.
/// </summary>
public static class AccountAge
{
    private const long DiscordEpochMs = 1_420_070_400_000; // 2015-01-01, the zero of Discord's snowflakes

    public static DateTimeOffset CreatedAt(string platform, string user, DateTimeOffset firstSeen) =>
        platform == "discord" && ulong.TryParse(user, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && id >> 22 is > 0 and var ms && (long)ms < DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() - DiscordEpochMs
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms + DiscordEpochMs)
            : firstSeen;
}
