namespace CommunityBot.Core.Commands;

/// <summary>
/// A platform-neutral answer: plain text (adapters escape it), structured data for <c>ask --json</c>,
/// buttons and files (images, exports). Adapters always send it with mentions disabled.
/// </summary>
public sealed record Reply(string Text)
{
    public string? Title { get; init; }
    public object? Data { get; init; }
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];
    /// <summary>Files sent with the text; the text still says what they hold, for screen readers and clients without files.</summary>
    public IReadOnlyList<ReplyFile> Files { get; init; } = [];
    /// <summary>Only the caller should see it (Discord ephemeral; Telegram private chat when possible).</summary>
    public bool Ephemeral { get; init; }
    public bool IsError { get; init; }
    /// <summary>Send nothing at all (a member over the command rate limit, after their one "slow down").</summary>
    public bool IsSilent { get; init; }

    /// <summary>The reply as plain text for a terminal: the title (which chat adapters show as a heading) on its own line, then the text.</summary>
    public string PlainText => Title is { Length: > 0 } title ? title + "\n" + Text : Text;

    public static Reply Error(string text) => new(text) { IsError = true, Ephemeral = true };

    public static Reply Silence { get; } = new("") { IsError = true, Ephemeral = true, IsSilent = true };
}

/// <summary>A button: <see cref="Action"/> (at most 64 bytes, Telegram's callback_data limit) comes back as a <see cref="ButtonPress"/>; a <see cref="Url"/> button opens a link instead.</summary>
public sealed record ReplyButton(string Label, string Action, string? Url = null);
