namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>
/// What an opaque redirect token stands for: which member was shown which course where, and through which
/// <see cref="Source"/> ("recommend", "digest", "nudge"; empty for links made before sources were kept).
/// </summary>
public sealed record ClickToken(
    string Token, string Platform, string Community, string User, string Course, string Url, DateTimeOffset CreatedAt, string Source = "");
