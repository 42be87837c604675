namespace CommunityBot.Discord.Rest.Payloads;

/// <summary>A chat input (slash) command as sent to the bulk overwrite route.</summary>
internal sealed record ApplicationCommand
{
    public int Type { get; init; } = 1;
    public required string Name { get; init; }
    public required string Description { get; init; }
    public IReadOnlyList<CommandOption> Options { get; init; } = [];
    /// <summary>A permission bit set as a decimal string; null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }
    /// <summary>0 = guild only: community commands make no sense in DMs.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0];
}
