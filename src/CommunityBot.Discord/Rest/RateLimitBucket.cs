namespace CommunityBot.Discord.Rest;

/// <summary>What the last response of one bucket said: requests left and when the window resets.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _gate = new();
    private int _remaining = 1;
    private DateTimeOffset _resetAt;

    /// <summary>How long to wait before the next request may go, reserving one request of the window.</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now >= _resetAt)
            {
                return TimeSpan.Zero;
            }
            if (_remaining > 0)
            {
                _remaining--;
                return TimeSpan.Zero;
            }
            return _resetAt - now;
        }
    }

    public void Update(int remaining, DateTimeOffset resetAt)
    {
        lock (_gate)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }
}
