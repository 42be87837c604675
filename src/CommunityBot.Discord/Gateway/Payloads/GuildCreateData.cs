namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record GuildCreateData
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool? Unavailable { get; init; }
    public IReadOnlyList<DiscordChannel> Channels { get; set; } = [];
    public IReadOnlyList<DiscordChannel> Threads { get; set; } = [];
    public IReadOnlyList<DiscordRole> Roles { get; set; } = [];
}
