namespace CommunityBot.Core.Purchases;

/// <summary>
/// One sale the shop reported: <see cref="EventId"/> is the shop's own id (a replay carries the same one),
/// <see cref="Buyer"/> the member reference the shop passed back ("discord:123", "telegram:456"), if any.
/// </summary>
public sealed record Sale(string EventId, string Course, decimal Amount, string Currency, string? Buyer, DateTimeOffset At)
{
    /// <summary>The member this sale belongs to, when a member matched; null for an unattributed sale.</summary>
    public string? Member { get; init; }

    /// <summary>The recommendation surface the sale is credited to (the member's last click on the course within the window), if any.</summary>
    public string? Source { get; init; }
}
