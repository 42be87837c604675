namespace CommunityBot.Verbs;

/// <summary>The verb was called in a way it cannot serve; the message says what to add (exit code 2, like a parse error).</summary>
public sealed class VerbUsageException(string message) : Exception(message);
