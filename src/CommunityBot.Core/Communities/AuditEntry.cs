namespace CommunityBot.Core.Communities;

/// <summary>One admin action: who did what, with the values before and after.</summary>
public sealed record AuditEntry(
    string Community,
    string User,
    string Action,
    string Details,
    DateTimeOffset At);
