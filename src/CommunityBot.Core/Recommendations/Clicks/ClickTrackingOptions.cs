namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>Section "Http": where members reach the bot's redirect endpoint.</summary>
public sealed class ClickTrackingOptions
{
    public const string Section = "Http";

    /// <summary>Public base URL of the bot's HTTP endpoint (e.g. https://bot.example.com); unset: links go straight to the course, untracked.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a tracked link works (Http:LinkLifetime, default 30 days); an older one shows a page saying so.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
