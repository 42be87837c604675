namespace CommunityBot.Discord.Gateway;

internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    /// <summary>Privileged: "Server Members Intent" in the Developer Portal.</summary>
    public const int GuildMembers = 1 << 1;
    public const int GuildMessages = 1 << 9;
    public const int GuildMessageReactions = 1 << 10;
    /// <summary>Privileged: "Message Content Intent" in the Developer Portal.</summary>
    public const int MessageContent = 1 << 15;

    public const int Required = Guilds | GuildMembers | GuildMessages | GuildMessageReactions | MessageContent;
}
