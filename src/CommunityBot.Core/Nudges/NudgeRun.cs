namespace CommunityBot.Core.Nudges;

/// <summary>What one nudge run did in one community (the job logs it; tests read it).</summary>
public sealed record NudgeRun(int OptedIn, int Sent, int Refused, string? Skipped = null);
