using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

/// <summary>A chat adapter that keeps what was sent.</summary>
internal sealed class RecordingChatPlatform(string platform) : IChatPlatform
{
    public string Platform => platform;

    public List<(ChannelRef To, Reply Reply)> Sent { get; } = [];

    public Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct)
    {
        Sent.Add((to, reply));
        return Task.FromResult("msg" + Sent.Count);
    }
}
