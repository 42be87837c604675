namespace CommunityBot.Core.Communities;

/// <summary>Everything an admin can change for one community. Defaults apply until an admin changes them.</summary>
public sealed record CommunitySettings
{
    public required string Community { get; init; }
    public Weights Weights { get; init; } = Weights.Default;
    public ScoringParameters Scoring { get; init; } = new();
    /// <summary>IANA time zone id for calendar leaderboards and local job schedules.</summary>
    public string TimeZone { get; init; } = "UTC";
    public IReadOnlyList<string> ExcludedChannels { get; init; } = [];
    public string? ModeratorRole { get; init; }
    public IReadOnlyList<string> ModeratorUsers { get; init; } = [];
    public string? DigestChannel { get; init; }
    /// <summary>Job name → Quartz cron expression in the community's time zone; missing jobs use the defaults.</summary>
    public IReadOnlyDictionary<string, string> Schedules { get; init; } = new Dictionary<string, string>();
    public int RecommendationCooldownDays { get; init; } = 14;
    public LiveSettings Live { get; init; } = new();
    /// <summary>Whether the public web leaderboard (/c/{community}/leaderboard) is served; off until an admin turns it on.</summary>
    public bool WebLeaderboard { get; init; }

    public static CommunitySettings DefaultFor(string community) => new() { Community = community };

    public TimeZoneInfo ResolveTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
