namespace CommunityBot.Core.Import;

/// <summary>One record read from a chat export, with its position (message index) for error messages.</summary>
public sealed record ExportRecord(long Position, ParsedLine Parsed);
