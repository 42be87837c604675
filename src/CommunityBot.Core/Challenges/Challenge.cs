namespace CommunityBot.Core.Challenges;

/// <summary>
/// One posted challenge: where its prompt went, how long it runs, and the replies credited so far (each message once,
/// at most <see cref="ChallengeService.MaxCreditedPerMember"/> per member).
/// </summary>
public sealed record Challenge
{
    public required string Id { get; init; }
    public required string Community { get; init; }
    public required string Platform { get; init; }
    public required string Channel { get; init; }
    /// <summary>The prompt's message id: replies to it (or to a reply to it), and on Discord its thread, take part.</summary>
    public required string MessageId { get; init; }
    public required string Text { get; init; }
    public string? Topic { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public int Bonus { get; init; }
    public IReadOnlyList<ChallengeReply> Replies { get; init; } = [];
    public bool WinnersAnnounced { get; init; }

    public bool IsRunning(DateTimeOffset at) => at >= StartsAt && at < EndsAt;
}

public sealed record ChallengeReply(string User, string? Name, string MessageId, DateTimeOffset At);

/// <summary>A queued prompt an admin wrote.</summary>
public sealed record ChallengePrompt(string Text, string? Topic);
