namespace CommunityBot.Core.Nudges;

/// <summary>One member's nudge state in one community: their opt-in and what the nudge job remembers about them.</summary>
public sealed record NudgeRecord
{
    public required string Community { get; init; }
    public required string User { get; init; }
    public bool OptedIn { get; init; }
    /// <summary>The highest engagement the nudge job saw since the member opted in or was last nudged.</summary>
    public double PeakEngagement { get; init; }
    public DateTimeOffset? LastNudgedAt { get; init; }
    /// <summary>When the platform refused a private message; no nudge is tried again until the member opts in anew.</summary>
    public DateTimeOffset? RefusedAt { get; init; }
}
