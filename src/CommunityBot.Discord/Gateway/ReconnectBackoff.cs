namespace CommunityBot.Discord.Gateway;

/// <summary>Exponential backoff with full jitter, capped at a minute; reset once a session is running again.</summary>
internal sealed class ReconnectBackoff(TimeSpan initial)
{
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(1);
    private int _attempt;

    public TimeSpan Next()
    {
        var ceiling = initial * Math.Pow(2, Math.Min(_attempt++, 16));
        return (ceiling < Max ? ceiling : Max) * Random.Shared.NextDouble();
    }

    public void Reset() => _attempt = 0;
}
