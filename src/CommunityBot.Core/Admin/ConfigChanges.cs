using System.Globalization;
using CommunityBot.Core.Commands;
using CommunityBot.Core.Communities;

namespace CommunityBot.Core.Admin;

/// <summary>Validates and applies one /config change.</summary>
public static class ConfigChanges
{
    public static CommunitySettings Apply(CommunitySettings s, string key, string value) => key switch
    {
        "timezone" => TimeZoneInfo.TryFindSystemTimeZoneById(value, out _)
            ? s with { TimeZone = value }
            : throw new CommandUsageException($"Unknown time zone '{value}'. Use an IANA name such as Europe/Berlin or America/New_York."),
        "cooldown" => s with { Scoring = s.Scoring with { CooldownSeconds = Number(key, value, 0, 86_400) } },
        "retention_days" => s with { Scoring = s.Scoring with { RetentionDays = Number(key, value, 1, 3_650) } },
        "min_reactor_age_days" => s with { Scoring = s.Scoring with { MinReactorAccountDays = Number(key, value, 0, 3_650) } },
        "half_life_days" => s with { Scoring = s.Scoring with { HalfLifeDays = Number(key, value, 1, 365) } },
        "web" => value.ToLowerInvariant() switch
        {
            "on" => s with { WebLeaderboard = true },
            "off" => s with { WebLeaderboard = false },
            _ => throw new CommandUsageException("Use /config web on or /config web off (the public web leaderboard)."),
        },
        "digest_channel" => s with { DigestChannel = value is "none" or "off" ? null : value },
        "moderator_role" => s with { ModeratorRole = value is "none" or "off" ? null : value },
        "exclude_channel" => s with { ExcludedChannels = s.ExcludedChannels.Append(value).Distinct(StringComparer.Ordinal).ToList() },
        "include_channel" => s with { ExcludedChannels = s.ExcludedChannels.Where(c => c != value).ToList() },
        "add_moderator" => s with { ModeratorUsers = s.ModeratorUsers.Append(Member(value)).Distinct(StringComparer.Ordinal).ToList() },
        "remove_moderator" => s with { ModeratorUsers = s.ModeratorUsers.Where(u => u != Member(value)).ToList() },
        "nudge_inactive_days" => s with { Live = s.Live with { NudgeInactiveDays = Number(key, value, 1, 365) } },
        "nudge_drop_percent" => s with { Live = s.Live with { NudgeDropPercent = Number(key, value, 1, 100) } },
        _ => throw new CommandUsageException($"Unknown setting '{key}'. Settings: {string.Join(", ", ConfigCommand.Keys)}."),
    };

    private static int Number(string key, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new CommandUsageException($"{key} must be a whole number from {min} to {max}, not '{value}'.");

    private static string Member(string value) => Members.MemberResolver.Normalize(value);
}
