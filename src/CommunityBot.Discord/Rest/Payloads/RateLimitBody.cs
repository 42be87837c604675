namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>The JSON body of a 429.</summary>
internal sealed record RateLimitBody
{
    public double RetryAfter { get; init; }
    public bool Global { get; init; }
}
