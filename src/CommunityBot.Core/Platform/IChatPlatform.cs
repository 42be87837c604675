using CommunityBot.Core.Commands;

namespace CommunityBot.Core.Platform;

/// <summary>The outbound port every adapter implements: renders a neutral <see cref="Reply"/> and posts it unprompted (digests, announcements).</summary>
public interface IChatPlatform
{
    /// <summary>"discord" or "telegram", as in <see cref="Activity.ActivityEvent.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>Posts the reply; returns the platform's id of the message sent.</summary>
    Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct);

    /// <summary>
    /// Sends the reply to the member privately (a Discord DM, a Telegram private chat); throws
    /// <see cref="PrivateMessageRefusedException"/> when the platform or the member does not allow it.
    /// </summary>
    Task<string> SendPrivateAsync(string community, string user, Reply reply, CancellationToken ct);
}
