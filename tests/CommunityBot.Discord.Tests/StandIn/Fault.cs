namespace CommunityBot.Discord.Tests.StandIn;

/// <summary>A failure the stand-in answers once for the next matching request (429 with retry_after, or a 5xx).</summary>
public sealed record Fault(string Method, string PathContains, int Status, double RetryAfter = 0, bool Global = false);
