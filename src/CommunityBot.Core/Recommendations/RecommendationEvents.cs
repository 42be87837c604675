namespace CommunityBot.Core.Recommendations;

/// <summary>The Detail values of recommendation events.</summary>
public static class RecommendationEvents
{
    public const string Up = "up";
    public const string Down = "down";
    public const string Dismiss = "dismiss";

    /// <summary>Surface of a shown recommendation the member asked for (/recommend).</summary>
    public const string Command = "command";

    /// <summary>Surface of an unsolicited recommendation (the digest): capped to one per cooldown.</summary>
    public const string Digest = "digest";

    /// <summary>Surface of the course pick in a re-engagement nudge (a private message to a member who opted in).</summary>
    public const string Nudge = "nudge";
}
