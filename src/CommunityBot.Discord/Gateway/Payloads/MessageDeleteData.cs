namespace CommunityBot.Discord.Gateway.Payloads;

/// <summary>MESSAGE_DELETE (<see cref="Id"/>) and MESSAGE_DELETE_BULK (<see cref="Ids"/>).</summary>
internal sealed record MessageDeleteData
{
    public string? Id { get; init; }
    public IReadOnlyList<string> Ids { get; set; } = [];
    public required string ChannelId { get; init; }
    public string? GuildId { get; init; }
}
