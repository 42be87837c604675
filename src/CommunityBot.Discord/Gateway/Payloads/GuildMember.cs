namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record GuildMember
{
    public DiscordUser? User { get; init; }
    public string? Nick { get; init; }
    public IReadOnlyList<string> Roles { get; set; } = [];
    public DateTimeOffset? JoinedAt { get; init; }
    /// <summary>Total permissions of the member in the channel, as a decimal string (interactions only).</summary>
    public string? Permissions { get; init; }
    public string? GuildId { get; init; }
}
