namespace CommunityBot.Core.Activity;

/// <summary>A 64-bit FNV-1a hash: the same in every process (string.GetHashCode is randomized per process).</summary>
public static class StableHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
