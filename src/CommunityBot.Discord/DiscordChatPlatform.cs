using System.Net;
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
        var (message, files) = ReplyRenderer.Render(reply, ephemeral: false);
        var created = await rest.CreateMessageAsync(to.Channel, message, files, ct);
        return created.Id;
    }

    /// <summary>A DM: 403 means the member closed DMs from server members or blocked the bot (code 50007).</summary>
    public async Task<string> SendPrivateAsync(string community, string user, Reply reply, CancellationToken ct)
    {
        try
        {
            var dm = await rest.OpenDmAsync(user, ct);
            var (message, files) = ReplyRenderer.Render(reply, ephemeral: false);
            return (await rest.CreateMessageAsync(dm.Id, message, files, ct)).Id;
        }
        catch (DiscordRestException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
        {
            throw new PrivateMessageRefusedException($"Discord refused a direct message to user {user}: {ex.Message}", ex);
        }
    }
}
