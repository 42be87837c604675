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

    /// <summary>Private messages by member.</summary>
    public List<(string Community, string User, Reply Reply)> SentPrivately { get; } = [];

    /// <summary>Members whose private messages the platform refuses (closed DMs, never started the bot).</summary>
    public HashSet<string> RefusingPrivate { get; } = new(StringComparer.Ordinal);

    /// <summary>How many private sends were attempted, refused ones included.</summary>
    public int PrivateAttempts { get; private set; }

    public Task<string> SendPrivateAsync(string community, string user, Reply reply, CancellationToken ct)
    {
        PrivateAttempts++;
        if (RefusingPrivate.Contains(user))
        {
            throw new PrivateMessageRefusedException($"{user} does not accept private messages (test).");
        }
        SentPrivately.Add((community, user, reply));
        return Task.FromResult("dm" + SentPrivately.Count);
    }
}
