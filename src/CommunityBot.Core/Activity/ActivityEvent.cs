namespace CommunityBot.Core.Activity;

/// <summary>
/// One immutable thing a member did, translated from a platform payload or an import line.
/// A single flat record (rather than one type per kind) because it is stored and scanned by the million:
/// one document shape keeps the store and the scorer simple and fast.
/// </summary>
public sealed record ActivityEvent
{
    /// <summary>The <see cref="User"/> of a reaction removal that applies to every reactor (Discord's REMOVE_ALL / REMOVE_EMOJI name nobody).</summary>
    public const string AllUsers = "*";


    public required EventKind Kind { get; init; }
    public required string Platform { get; init; }
    public required string Community { get; init; }
    public string Channel { get; init; } = "";
    /// <summary>The actor: author, reactor, joiner, the member a course event is about.</summary>
    public required string User { get; init; }
    public string? UserName { get; init; }
    public bool IsBot { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The message written, edited, deleted or reacted to.</summary>
    public string? MessageId { get; init; }
    public string? ReplyTo { get; init; }
    /// <summary>Raw text; kept only for the retention window.</summary>
    public string? Text { get; init; }
    public int Length { get; init; }
    public IReadOnlyList<string> Mentions { get; init; } = [];
    public int Attachments { get; init; }
    /// <summary>The message opened a thread or forum topic (type weight 2).</summary>
    public bool ThreadStart { get; init; }
    public string? Emoji { get; init; }
    public string? Course { get; init; }
    /// <summary>Recommendation feedback: up, down or dismiss; the surface for a shown recommendation.</summary>
    public string? Detail { get; init; }
    /// <summary>Numeric payload: R_uj of a shown recommendation, points of an XP adjustment.</summary>
    public double Value { get; init; }
    /// <summary>Distinguishes repeated events that share every other id (an edit's version, an audit id).</summary>
    public string? Nonce { get; init; }
}
