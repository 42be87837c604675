using System.Collections.Concurrent;
using CommunityBot.Discord.Gateway.Payloads;

namespace CommunityBot.Discord.Capture;

/// <summary>
/// Names and types of the guilds, channels, threads and roles the bot has seen (from GUILD_CREATE and THREAD_CREATE):
/// tells forum channels apart and lets outbound messages be checked against the guild they are meant for.
/// </summary>
internal sealed class DiscordGuildDirectory
{
    private readonly ConcurrentDictionary<string, string> _guildNames = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DiscordChannel> _channels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _roleNames = new(StringComparer.Ordinal);

    public void Add(GuildCreateData guild)
    {
        if (guild.Unavailable == true)
        {
            return;
        }
        _guildNames[guild.Id] = guild.Name ?? guild.Id;
        foreach (var channel in guild.Channels.Concat(guild.Threads))
        {
            AddChannel(channel with { GuildId = guild.Id });
        }
        foreach (var role in guild.Roles)
        {
            _roleNames[role.Id] = role.Name ?? role.Id;
        }
    }

    public void AddChannel(DiscordChannel channel) => _channels[channel.Id] = channel;

    public string? GuildName(string guildId) => _guildNames.GetValueOrDefault(guildId);

    public string? ChannelName(string channelId) => _channels.TryGetValue(channelId, out var c) ? c.Name : null;

    public string? RoleName(string roleId) => _roleNames.GetValueOrDefault(roleId);

    public int? ChannelType(string? channelId) =>
        channelId is not null && _channels.TryGetValue(channelId, out var c) ? c.Type : null;

    /// <summary>False only when the channel is known to belong to another guild than <paramref name="guildId"/>.</summary>
    public bool MayBelongTo(string channelId, string guildId) =>
        !_channels.TryGetValue(channelId, out var c) || c.GuildId is null || c.GuildId == guildId;
}
