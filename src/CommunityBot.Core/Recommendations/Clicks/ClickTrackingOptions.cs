namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>Section "Http": where members reach the bot's redirect endpoint.</summary>
public sealed class ClickTrackingOptions
{
    public const string Section = "Http";

    /// <summary>Public base URL of the bot's HTTP endpoint (e.g. https://bot.example.com); unset: links go straight to the course, untracked.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a tracked link works (Http:LinkLifetime, default 30 days); an older one shows a page saying so.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The query parameter the redirect adds to the course URL with the member's reference (Http:ReferenceParameter,
    /// default "ref"; "client_reference_id" for Stripe payment links), so the shop can pass it back with the sale.
    /// </summary>
    public string ReferenceParameter { get; set; } = "ref";

    /// <summary>A sale this long after the member's click on a recommendation of the course is credited to it (last click).</summary>
    public TimeSpan AttributionWindow { get; set; } = TimeSpan.FromDays(7);
}
