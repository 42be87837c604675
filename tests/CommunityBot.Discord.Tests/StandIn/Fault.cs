namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>
/// A failure the stand-in answers once for the next matching request: 429 with retry_after, a 5xx, or
/// <see cref="Hang"/> (status <see cref="HangStatus"/>): the answer comes only after that long.
/// </summary>
public sealed record Fault(string Method, string PathContains, int Status, double RetryAfter = 0, bool Global = false)
{
    public const int HangStatus = -1;

    public TimeSpan Hang { get; init; }
}
