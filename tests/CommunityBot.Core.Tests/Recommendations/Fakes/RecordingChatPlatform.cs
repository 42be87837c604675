using CommunityBot.Core.Commands;
using CommunityBot.Core.Platform;

namespace CommunityBot.Core.Tests.Recommendations.Fakes;

/// <summary>A chat adapter that keeps what was sent.</summary>
internal sealed class RecordingChatPlatform(string platform) : IChatPlatform
{
    public string Platform => platform;

    public List<(ChannelRef To, Reply Reply)> Sent { get; } = [];

    /// <summary>How many of the next sends fail as a platform refusal would (a deleted channel, a missing permission).</summary>
    public int FailNext { get; set; }

    public Task<string> SendAsync(ChannelRef to, Reply reply, CancellationToken ct)
    {
        if (FailNext > 0)
        {
            FailNext--;
            throw new InvalidOperationException("The platform refused the post (test).");
        }
        Sent.Add((to, reply));
        return Task.FromResult("msg" + Sent.Count);
    }
}
