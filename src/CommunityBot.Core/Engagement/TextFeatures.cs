using System.Buffers;

namespace CommunityBot.Core.Engagement;

/// <summary>Text features the anti-farming rules need.</summary>
public static class TextFeatures
{
    private static readonly string[] _thanksWords =
        ["thanks", "thank you", "thx", "ty ", "спасибо", "danke", "merci", "gracias", "obrigado", "谢谢"];

    public static int LettersAndDigits(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// A thanks word anywhere in the text, lower-cased, with a space appended so "ty" ends a text as a word. Scoring
    /// asks this of every message, so the lower-cased copy is a stack or pooled buffer, not a string.
    /// </summary>
    public static bool SaysThanks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        const int OnStack = 512;
        char[]? rented = null;
        try
        {
            var lower = text.Length < OnStack ? stackalloc char[text.Length + 1] : (rented = ArrayPool<char>.Shared.Rent(text.Length + 1)).AsSpan(0, text.Length + 1);
            text.AsSpan().ToLowerInvariant(lower);
            lower[^1] = ' ';
            foreach (var word in _thanksWords)
            {
                if (((ReadOnlySpan<char>)lower).Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>🙏 and ✅ on an answer count as thanks.</summary>
    public static bool IsThanksEmoji(string? emoji) => emoji is "🙏" or "✅" or "✔️";
}
