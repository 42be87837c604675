namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record GuildCreateData
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public bool? Unavailable { get; init; }
    public IReadOnlyList<DiscordChannel> Channels { get; init; } = [];
    public IReadOnlyList<DiscordChannel> Threads { get; init; } = [];
    public IReadOnlyList<DiscordRole> Roles { get; init; } = [];
}
