namespace CommunityBot.Core.Recommendations.Clicks;

/// <summary>Where a click goes: the course (<see cref="Url"/>), or nowhere because the token is unknown or expired.</summary>
public sealed record ClickOutcome(string? Url, bool Expired)
{
    public static readonly ClickOutcome NotFound = new(null, false);
    public static readonly ClickOutcome Gone = new(null, true);
}
