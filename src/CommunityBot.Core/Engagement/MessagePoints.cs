using CommunityBot.Core.Activity;

namespace CommunityBot.Core.Engagement;

/// <summary>
/// Points for a message, drawn from [min, max] by a stable hash of the message id, so a recompute or a
/// re-import gives the same points.
/// </summary>
public static class MessagePoints
{
    public static int For(string messageId, int min, int max)
    {
        var hash = StableHash.Of(messageId);
        var span = (ulong)Math.Max(1, max - min + 1);
        return min + (int)(hash % span);
    }
}
