namespace CommunityBot.Discord.Gateway.Payloads;

internal sealed record GuildMemberRemoveData
{
    public required string GuildId { get; init; }
    public required DiscordUser User { get; init; }
}
