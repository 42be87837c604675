namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>Body of a new message, an interaction response's data, or an edit of the original response.</summary>
internal sealed record MessageCreate
{
    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<ActionRow>? Components { get; init; }
    public IReadOnlyList<AttachmentRef>? Attachments { get; init; }
    /// <summary>Always "no pings": a name or text can never mention @everyone, roles or users.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    /// <summary>64 = ephemeral (interaction responses only).</summary>
    public int? Flags { get; init; }
}
