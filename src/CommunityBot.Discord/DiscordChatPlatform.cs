using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;
using CommunityBot.Discord.Capture;
using CommunityBot.Discord.Rest;

namespace CommunityBot.Discord;

/// <summary>Posts replies unprompted (digests, announcements) to a Discord channel or thread.</summary>
internal sealed class DiscordChatPlatform(DiscordRestClient rest, DiscordGuildDirectory guilds) : IChatPlatform
{
    public string Platform => DiscordEventTranslator.Platform;

    public async Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct)
    {
        if (to.Platform != Platform)
        {
            throw new ArgumentException($"Channel of platform '{to.Platform}' sent to the Discord adapter.", nameof(to));
        }
        if (!guilds.MayBelongTo(to.Channel, to.Community))
        {
            throw new InvalidOperationException($"Discord channel {to.Channel} is not in guild {to.Community}.");
        }
        var (message, files) = await ReplyRenderer.RenderAsync(reply, ephemeral: false, ct);
        var created = await rest.CreateMessageAsync(to.Channel, message, files, ct);
        return created.Id;
    }
}
