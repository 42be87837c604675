namespace CommunityBot.Core.Engagement;

/// <summary>
/// Points for a message, drawn from [min, max] by a stable hash of the message id, so a recompute or a
/// re-import gives the same points (string.GetHashCode is randomized per process, hence FNV-1a).
/// </summary>
public static class MessagePoints
{
    public static int For(string messageId, int min, int max)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in messageId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        var span = (ulong)Math.Max(1, max - min + 1);
        return min + (int)(hash % span);
    }
}
