namespace CommunityBot.Core.Commands;

/// <summary>How many commands and presses one member may send before the bot slows them down (per community).</summary>
public sealed class CommandRateLimitOptions
{
    public const string Section = "Commands:RateLimit";

    /// <summary>Calls allowed within <see cref="WindowSeconds"/>; 0 turns the limit off.</summary>
    public int Calls { get; set; } = 8;

    public int WindowSeconds { get; set; } = 20;

    /// <summary>After the one "slow down" reply, the member's calls are ignored for this long.</summary>
    public int QuietSeconds { get; set; } = 60;
}
