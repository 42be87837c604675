using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Import;

/// <summary>The outcome of parsing one import line: an event, a rejection with its reason, or a blank line to skip.</summary>
public sealed record ParsedLine(ActivityEvent? Event, string? Error)
{
    public static readonly ParsedLine Skip = new(null, null);

    public static ParsedLine Ok(ActivityEvent e) => new(e, null);

    public static ParsedLine Reject(string reason) => new(null, reason);
}
