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

    public static bool SaysThanks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var lower = text.ToLowerInvariant() + " ";
        return _thanksWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>🙏 and ✅ on an answer count as thanks.</summary>
    public static bool IsThanksEmoji(string? emoji) => emoji is "🙏" or "✅" or "✔️";
}
