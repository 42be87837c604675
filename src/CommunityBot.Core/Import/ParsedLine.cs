using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>
/// The outcome of reading one import record: an event, a rejection with its reason, or something skipped on purpose
/// (a blank line, a system message, a reaction count with no reactor) with an optional note.
/// </summary>
public sealed record ParsedLine(ActivityEvent? Event, string? Error, string? SkipNote = null)
{
    public static readonly ParsedLine Skip = new(null, null);

    public static ParsedLine Ok(ActivityEvent e) => new(e, null);

    public static ParsedLine Reject(string reason) => new(null, reason);

    public static ParsedLine Ignore(string note) => new(null, null, note);
}
