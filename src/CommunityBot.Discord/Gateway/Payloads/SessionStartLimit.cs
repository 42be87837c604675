namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }
    /// <summary>Milliseconds until <see cref="Remaining"/> is reset.</summary>
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; set; } = 1;
}
